import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { clauseContaining, isQuestion } from '../../text/clauses.js';
import { fail, type IdentityFinding } from './finding.js';
import { PERMISSION_QUESTION } from './permission-phrases.js';
import { answerStance, stanceOf, type Stance } from './permission-stance.js';
import { pitchStart, type OfferWords, type PitchStart } from './pitch.js';
import { withdrawnLeave } from './withdrawal.js';
import { ACTIVATION_QUESTION } from '../consent/phrases.js';
import { IDENTITY_QUESTION } from './phrases.js';

/**
 * A turn that asks for the decision ("…请问您同意开通吗？") is not asking leave to talk,
 * even when it says "就一分钟": a yes to it is consent, never permission for the pitch
 * it ends. "您看行吗" alone is left in, as agents also ask leave with it.
 */
const asksForDecision = (s: Segment) =>
  s
    .find(ACTIVATION_QUESTION)
    .some((m) => m.phrase !== '您看行吗' && !PAST_ACTIVATION.test(clauseAt(s, m.begin)));

/** A call-back recalls the sale ("上次给您开通的时候…"): that clause asks for no decision. */
const PAST_ACTIVATION = /上次|之前|以前|当时|时候|已经|开通时|办理时|开通了|办了/;
const clauseAt = (s: Segment, at: number) => clauseContaining(s.clauses, at)?.text ?? '';

/** A go-ahead in so many words (你说吧, 请讲), not the bare 是 that answers "机主吗". */
const GO_AHEAD = /说|讲/;

/**
 * The agent asked no leave, but the customer gave it unasked while answering who they are
 * ("是我，你说吧", or "你等一下…好了，你说吧"): the pitch did not start without it.
 */
function volunteered(t: Transcript): Evidence | null {
  for (const q of t.agent) {
    if (!q.has(IDENTITY_QUESTION) || !isQuestion(q.text)) continue;
    const stance = answerStance(t, q);
    if (stance?.kind === 'granted' && GO_AHEAD.test(stance.evidence.phrase ?? '')) {
      return stance.evidence;
    }
  }
  return null;
}

/** Sentences of a normalised turn, each with where it begins and whether it asks. */
function sentences(text: string): Array<{ begin: number; end: number; asks: boolean }> {
  const out: Array<{ begin: number; end: number; asks: boolean }> = [];
  let begin = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '。' && text[i] !== '?') continue;
    const body = text.slice(begin, i + 1);
    if (body.length > 0) out.push({ begin, end: i + 1, asks: isQuestion(body) });
    begin = i + 1;
  }
  return out;
}

/**
 * Whether the turn asks leave, not only says a leave word: "您好，打扰一下，我是移动的客服。请问
 * 您是机主吗？" apologises in a statement and asks who answered. A leave word counts in a
 * sentence that asks, or in a statement followed by a bare "可以吗?" that asks nothing else.
 */
function asksLeave(s: Segment): boolean {
  const parts = sentences(s.text);
  return s.find(PERMISSION_QUESTION).some((m) => {
    const at = parts.findIndex((p) => m.begin >= p.begin && m.begin < p.end);
    if (at < 0 || parts[at].asks) return at >= 0;
    const next = parts[at + 1];
    return !!next?.asks && !s.find(IDENTITY_QUESTION).some((q) => q.begin >= next.begin);
  });
}

export function permissionQuestions(t: Transcript): Segment[] {
  return t.agent.filter(
    (s) => s.has(PERMISSION_QUESTION) && isQuestion(s.text) && !asksForDecision(s) && asksLeave(s),
  );
}

/**
 * "我在开车" — "那我过二十分钟再打给您？" — "没事，我停边上了，你说吧": after a refusal the agent
 * offers to call back (a question with no leave word) and the customer, answering it, says go
 * ahead in so many words before the pitch begins. Anything short of "你说/你讲" stays refused.
 */
function reopened(t: Transcript, refusal: Stance, pitch: PitchStart | null): Stance | null {
  const offer = t.segments.slice(refusal.evidence.segment + 1).find((s) => s.isAgent);
  if (!offer || !isQuestion(offer.text) || (pitch && offer.index >= pitch.segment)) return null;
  const stance = stanceOf(t.answerTo(offer.index));
  return stance?.kind === 'granted' && GO_AHEAD.test(stance.evidence.phrase ?? '') ? stance : null;
}

/** The pitch began before leave was asked: whatever the answer, it came too late. */
function askedTooLate(pitch: PitchStart, late: Segment): IdentityFinding {
  return fail(
    `坐席在征得对方同意前已开始介绍业务（“${pitch.evidence.phrase}”），之后才询问是否方便`,
    [pitch.evidence, late.evidence(late.find(PERMISSION_QUESTION)[0].phrase)],
  );
}

export function checkPermission(t: Transcript, offer: OfferWords = {}): IdentityFinding {
  const all = permissionQuestions(t);
  const pitch = pitchStart(t, offer);
  // Only leave asked before the pitch began lets it begin; later asks re-check it.
  const questions = pitch ? all.filter((q) => q.index < pitch.segment) : all;
  if (questions.length === 0 && all.length > 0) return askedTooLate(pitch!, all[0]);
  if (questions.length === 0) {
    const offered = volunteered(t);
    if (offered && (!pitch || offered.segment < pitch.segment))
      return { ok: true, reasons: ['对方在介绍开始前主动表示可以讲'], evidence: [offered] };
    return { ok: false, unanswered: true, reasons: ['坐席未征得对方同意即开始营销'], evidence: [] };
  }
  let last: Stance | null = null;
  const asked = questions.map((q) => q.evidence(q.find(PERMISSION_QUESTION)[0].phrase));
  for (const q of questions) {
    last = answerStance(t, q) ?? last;
  }
  if (last?.kind === 'refused') last = reopened(t, last, pitch) ?? last;
  if (last?.kind === 'granted') {
    const withdrawn = withdrawnLeave(t, last.evidence.segment, all);
    if (withdrawn) {
      return fail(
        `对方同意听取后又表示不方便（“${withdrawn.phrase}”），坐席未再征得同意仍继续营销`,
        [...asked, last.evidence, withdrawn],
      );
    }
    return { ok: true, reasons: ['对方同意听取介绍'], evidence: [...asked, last.evidence] };
  }
  if (last?.kind === 'refused') {
    return {
      ok: false,
      reasons: ['对方明确表示不方便/拒绝听取，坐席仍继续营销'],
      evidence: [...asked, last.evidence],
    };
  }
  const sidestep = sidestepped(t, questions);
  if (sidestep) {
    return {
      ok: false,
      unsure: true,
      reasons: [
        '对方对“是否方便”未作明确答复（以提问或听不清回应），坐席继续介绍，是否同意听取需人工复核',
      ],
      evidence: [...asked, sidestep],
    };
  }
  return {
    ok: false,
    unanswered: true,
    reasons: ['坐席询问是否方便，但未得到对方同意'],
    evidence: asked,
  };
}

/** "你大点声，这边信号很差" / "啥铃？我不懂这个": the line or the product, not a yes or a no. */
const LINE_TROUBLE = /信号|大点声|大声点|听不清|听不见|断断续续|喂\?喂/;

/**
 * The customer answered the last permission question neither yes nor no but
 * with a question or a complaint about the line, and stayed on: whether that
 * let the agent go on is for a person to judge (the labellers themselves split).
 */
function sidestepped(t: Transcript, questions: Segment[]): Evidence | null {
  const answer = t.answerTo(questions[questions.length - 1].index);
  const reply = answer.find((s) => s.text.includes('?') || LINE_TROUBLE.test(s.text));
  return reply ? reply.evidence() : null;
}
