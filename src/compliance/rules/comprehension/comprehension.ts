import type { Evidence, RuleVerdict } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import type { PhraseFamily, PhraseMatch } from '../../text/lexicon.js';
import type { CallFacts } from '../facts.js';
import { restatedTerm } from '../fact-mentions.js';
import { verdict } from '../verdict.js';
import { ASLEEP, CANNOT_HEAR, CONFUSED, DRUNK, SOBER, UNDERSTOOD } from './phrases.js';

interface Marker {
  segment: Segment;
  match: PhraseMatch;
}

const LABEL = new Map<PhraseFamily, string>([
  [DRUNK, '醉酒'],
  [ASLEEP, '未睡醒'],
  [CONFUSED, '表示听不懂/不明白'],
  [CANNOT_HEAR, '表示听不清'],
]);

const FILLER_ONLY = /^[喂嗯啊哦噢呃额唉哎好,。?]*$/;

/** "她自己弄不明白" is about the holder, not the listener: a third person opens the clause. */
const THIRD_PERSON = /[他她]|老人|我妈|我爸|老太太|老爷子/;

function aboutSomeoneElse(s: Segment, m: PhraseMatch): boolean {
  const clause = s.clauses.find((c) => m.begin >= c.begin && m.begin < c.end);
  return clause !== undefined && THIRD_PERSON.test(s.text.slice(clause.begin, m.begin));
}

/** "我当时没听明白，现在不要了": a call-back customer recalls the sale, not this call. */
// Not 之前/刚才: "你之前说的我没听明白" is about this call.
const RECALLED = /当时|上次|那时候|那会儿|开通的时候|办的时候/;

function aboutThePast(s: Segment, m: PhraseMatch): boolean {
  const clause = s.clauses.find((c) => m.begin >= c.begin && m.begin < c.end);
  return clause !== undefined && RECALLED.test(s.text.slice(clause.begin, m.begin));
}

function markersOf(t: Transcript, family: PhraseFamily): Marker[] {
  return t.customer.flatMap((segment) =>
    segment
      .find(family)
      .filter((match) => !aboutSomeoneElse(segment, match) && !aboutThePast(segment, match))
      .map((match) => ({ segment, match })),
  );
}

/** A later customer turn, after the agent spoke again, that satisfies `test`. */
function laterReply(
  t: Transcript,
  m: Marker,
  test: (s: Segment) => string | null,
): Evidence | null {
  for (const s of t.customer) {
    if (s.index <= m.segment.index || !t.hasAgentBetween(m.segment.index, s.index)) continue;
    const phrase = test(s);
    if (phrase) return s.evidence(phrase);
  }
  return null;
}

/** Shared keywords that make a later agent turn a repeat of what the customer missed. */
const REPEAT_OVERLAP = 3;

/** Whether the agent said again, between the marker and `until`, what they said just before it. */
function agentRepeated(t: Transcript, m: Marker, until: number): boolean {
  const missed = t.questionBefore(m.segment.index);
  if (!missed) return false;
  return t.agent.some((s) => {
    if (s.index <= m.segment.index || s.index >= until) return false;
    let shared = 0;
    for (const k of s.keywords) if (missed.keywords.has(k)) shared++;
    return shared >= REPEAT_OVERLAP;
  });
}

/** "10块?" alone: one fragment caught and echoed, not the terms restated. */
const ECHO_LEFTOVER = /^[喂嗯啊哦噢呃额唉哎,。?]*$/;

function restatedInFull(s: Segment, facts: CallFacts): string | null {
  const term = restatedTerm(s, facts);
  return term && !ECHO_LEFTOVER.test(s.text.replace(term, '')) ? term : null;
}

function restatement(t: Transcript, m: Marker, facts: CallFacts): Evidence | null {
  // "没太明白，就是每月10块对吧?" already shows the fee was understood.
  // "声音断断续续的……五块?" is one fragment echoed, though: the rest of the turn must say more.
  const sameTurn = restatedTerm(m.segment, facts, m.match.end);
  const rest = m.segment.text.slice(m.match.end);
  if (sameTurn && !ECHO_LEFTOVER.test(rest.replace(sameTurn, '').replace(/^[^,。?]*[,。]/, '')))
    return m.segment.evidence(sameTurn);
  return laterReply(t, m, (s) => restatedInFull(s, facts));
}

type Resolution = { kind: 'resolved' | 'unsure'; evidence: Evidence } | null;

function resolution(t: Transcript, m: Marker, facts: CallFacts): Resolution {
  const restated = (e: Evidence | null): Resolution => e && { kind: 'resolved', evidence: e };
  switch (m.match.family) {
    case CONFUSED:
      return restated(restatement(t, m, facts));
    case ASLEEP: {
      const awake = laterReply(t, m, (s) => s.find(SOBER)[0]?.phrase ?? null);
      return restated(awake && restatement(t, m, facts));
    }
    case CANNOT_HEAR: {
      // A bad line is resolved when the customer restates a term of the offer. Saying
      // "听清了" or answering what the agent repeated shows they heard something,
      // not that they understood what it is and costs: an inspector decides.
      const fix = restatement(t, m, facts);
      if (fix) return restated(fix);
      const heard = laterReply(
        t,
        m,
        (s) =>
          s.find(UNDERSTOOD)[0]?.phrase ??
          (FILLER_ONLY.test(s.text) || s.has(CANNOT_HEAR, CONFUSED) || !agentRepeated(t, m, s.index)
            ? null
            : s.text),
      );
      return heard && { kind: 'unsure', evidence: heard };
    }
    default:
      return null; // drink does not wear off during a call
  }
}

/**
 * Standard 2: the listener was lucid. Signs of drink or sleep, or not
 * understanding, fail it unless the agent re-explained and the customer then
 * showed they followed (restating a term); drink is never resolved in-call.
 */
export function evaluateComprehension(t: Transcript, facts: CallFacts): RuleVerdict {
  if (t.customer.length === 0) {
    return verdict('unknown', ['转写中没有客户的话语，无法判断对方是否清醒、能否理解']);
  }
  const failures: string[] = [];
  const failEvidence: Evidence[] = [];
  const resolved: Evidence[] = [];
  const unsure: string[] = [];
  const unsureEvidence: Evidence[] = [];
  for (const family of [DRUNK, ASLEEP, CONFUSED, CANNOT_HEAR]) {
    for (const m of markersOf(t, family)) {
      const fix = resolution(t, m, facts);
      const label = LABEL.get(family)!;
      if (fix?.kind === 'resolved') {
        resolved.push(m.segment.evidence(m.match.phrase), fix.evidence);
      } else if (fix) {
        unsure.push(
          `理解不确定：客户曾${label}（“${m.match.phrase}”），之后只表示听到了，未复述业务内容或资费，需人工复核`,
        );
        unsureEvidence.push(m.segment.evidence(m.match.phrase), fix.evidence);
      } else {
        failures.push(`客户${label}（“${m.match.phrase}”），且未得到澄清`);
        failEvidence.push(m.segment.evidence(m.match.phrase));
      }
    }
  }
  if (failures.length > 0) return verdict('fail', [...new Set(failures)], failEvidence);
  if (unsure.length > 0) return verdict('unknown', [...new Set(unsure)], unsureEvidence);
  if (resolved.length > 0) {
    return verdict('pass', ['客户曾表示没听清/不明白，坐席重新说明后客户复述了业务要点'], resolved);
  }
  return verdict('pass', ['未发现醉酒、未睡醒或无法理解营销内容的迹象']);
}
