import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { clauseContaining, isQuestion } from '../../text/clauses.js';
import type { IdentityFinding } from './finding.js';
import {
  PERMISSION_GRANTED,
  PERMISSION_QUESTION,
  PERMISSION_REFUSED,
} from './permission-phrases.js';
import { ACTIVATION_QUESTION } from '../consent/phrases.js';
import { IDENTITY_QUESTION } from './phrases.js';

/** One-word go-aheads: "嗯，说。" / "行。" / Cantonese "得啊" (a whole clause, so 觉得 is not one). */
const SHORT_GRANT = /^(?:嗯|好|行|对|是|可以|请|得|系)*(?:说|讲)?(?:吧|呗|啊|啦|嘅)?$/;
const isShortGrant = (clause: string) =>
  SHORT_GRANT.test(clause) && /[嗯好行对是以请说讲得系]/.test(clause);

/** "等我一下", "稍等": the customer puts the agent on hold before answering. */
const ASKS_TO_WAIT = /等(?:我|一下|一会|下|等)|稍等|稍候/;
/** What an agent says while waiting ("好的，不着急"): short, asking nothing new. */
const MAX_WAITING_REPLY = 16;

/** "再说行不?": a 行 asked back is the customer's question, not a go-ahead. */
const ASKS_BACK = /[不吗么唔]/;

type Stance = { kind: 'granted' | 'refused'; evidence: Evidence };

/**
 * "我在医院排队呢", "正开着车呢", "带孩子腾不出手": the customer says what they are in the
 * middle of and never says go ahead. Read only when no go-ahead was said; 在家呢 / 在呢 are
 * where they are, not what keeps them busy.
 */
const BUSY_DOING = /(?:正在|正|在)(?![家呢这那])[\u4e00-\u9fff]{2,5}呢|[\u4e00-\u9fff]{1,3}着呢/;

/** The stance the customer's reply ends on, so "不方便…算了你说吧" counts as granted. */
function stanceOf(answer: Segment[]): Stance | null {
  let stance: Stance | null = null;
  for (const s of answer) {
    const hits = s.matches.filter(
      (m) =>
        !m.negated &&
        (m.family === PERMISSION_REFUSED ||
          (m.family === PERMISSION_GRANTED && !ASKS_BACK.test(s.text[m.end] ?? ''))),
    );
    for (const m of hits) {
      const kind = m.family === PERMISSION_REFUSED ? 'refused' : 'granted';
      stance = { kind, evidence: s.evidence(m.phrase) };
    }
    const negatedGrant = s.findNegated(PERMISSION_GRANTED)[0];
    if (negatedGrant && !hits.some((h) => h.begin > negatedGrant.begin)) {
      stance = { kind: 'refused', evidence: s.evidence(negatedGrant.phrase) };
    }
    if (!stance && s.clauses.some((c) => isShortGrant(c.text))) {
      stance = { kind: 'granted', evidence: s.evidence() };
    }
    const busy: RegExpExecArray | null = stance ? null : BUSY_DOING.exec(s.text);
    if (busy) stance = { kind: 'refused', evidence: s.evidence(busy[0]) };
  }
  return stance;
}

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

/**
 * The stance the customer takes to a permission question. After "等我一下" and
 * the agent's short "好的，不着急", the customer's next words are the answer.
 */
function answerStance(t: Transcript, question: Segment): Stance | null {
  const answer = t.answerTo(question.index);
  const stance = stanceOf(answer);
  const last = answer.at(-1);
  if (!last || !answer.some((s) => ASKS_TO_WAIT.test(s.text))) return stance;
  const waiting = t.segments[last.index + 1];
  if (!waiting?.isAgent || waiting.text.length > MAX_WAITING_REPLY || isQuestion(waiting.text))
    return stance;
  // "我在开车，你等一下" … "好了，你说吧": what they say once back is the answer.
  return stanceOf(t.answerTo(waiting.index)) ?? stance;
}

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

export function permissionQuestions(t: Transcript): Segment[] {
  return t.agent.filter(
    (s) => s.has(PERMISSION_QUESTION) && isQuestion(s.text) && !asksForDecision(s),
  );
}

export function checkPermission(t: Transcript): IdentityFinding {
  const questions = permissionQuestions(t);
  if (questions.length === 0) {
    const offered = volunteered(t);
    if (offered)
      return { ok: true, reasons: ['对方在介绍开始前主动表示可以讲'], evidence: [offered] };
    return { ok: false, unanswered: true, reasons: ['坐席未征得对方同意即开始营销'], evidence: [] };
  }
  let last: Stance | null = null;
  const asked = questions.map((q) => q.evidence(q.find(PERMISSION_QUESTION)[0].phrase));
  for (const q of questions) {
    last = answerStance(t, q) ?? last;
  }
  if (last?.kind === 'granted') {
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
