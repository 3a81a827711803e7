import type { ConsentVerdict, Decision, Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { isQuestion } from '../../text/clauses.js';
import type { PhraseMatch } from '../../text/lexicon.js';
import { dedupeEvidence } from '../verdict.js';
import type { CallFacts } from '../facts.js';
import { customerTaggedFee } from '../script/price.js';
import { AGENT_VOICE_REASON, inAgentVoice } from './scope.js';
import { MISTAGGED_PRICE_REASON, unpricedReason } from './unpriced.js';
import { CANCEL, CONTINUE, DECISION_HEDGE } from './decision-phrases.js';
import {
  AGENT_TAGGED_ANSWER_REASON,
  MERGED_REASON,
  agentTaggedAnswer,
  bareYes,
  clauseOf,
  closingOnly,
  isStatement,
  mergedAnswer,
  sortEvents,
} from './stance.js';

interface DecisionEvent {
  decision: Decision | null;
  at: number;
  evidence: Evidence;
  /** A bare yes said only as thanks or goodbye: no decision, and it takes none back. */
  closing?: boolean;
}

/** "不继续" is cancel and "不想取消" is continue: negation flips the polarity. */
function polarity(m: PhraseMatch): Decision | null {
  if (m.family !== CONTINUE && m.family !== CANCEL) return null;
  const keeps = m.family === CONTINUE;
  return keeps !== m.negated ? 'continue' : 'cancel';
}

/** What a bare "对"/"好" agrees to: the polarity of the agent's question. */
function questionPolarity(q: Segment): Decision | null {
  const said = q.matches.map(polarity).filter((p): p is Decision => p !== null);
  return said.at(-1) ?? null;
}

/**
 * A bare "不用了" / "不了" answers the question's polarity, not a word list: to "还继续使用吗"
 * it cancels, to "要帮您取消吗" it keeps. A bare "用啊" / "还是用吧" keeps what was asked.
 */
const BARE_NO =
  /^(?:[嗯啊哦噢],?)*(?:那就|那)?(?:不用|不要|不了|不需要|不必|唔使|唔要|唔用)(?:了|啦|喇|吧|啊|呀)*$/;
const BARE_USE = /^(?:[嗯啊哦噢],?)*(?:那就|那)?(?:还是|照常|照|还)?用(?:[啊吧的呀嘞哈啦]|用的)*$/;
const opposite = (d: Decision): Decision => (d === 'continue' ? 'cancel' : 'continue');

function bareAnswers(s: Segment, asked: Decision): DecisionEvent[] {
  const events: DecisionEvent[] = [];
  for (const c of s.clauses) {
    const no = BARE_NO.test(c.text);
    if (no || BARE_USE.test(c.text)) {
      const decision = no ? opposite(asked) : asked;
      events.push({ decision, at: c.begin, evidence: s.evidence(c.text) });
    }
  }
  return events;
}

function decisionEvents(t: Transcript, s: Segment): DecisionEvent[] {
  const clauses = s.clauses;
  const q = t.questionBefore(s.index);
  const asked = q && isQuestion(q.text) ? questionPolarity(q) : null;
  const bare = asked ? bareAnswers(s, asked) : [];
  const inBare = (at: number) =>
    bare.some((e) => at >= e.at && at < e.at + (e.evidence.phrase?.length ?? 0));
  const events: DecisionEvent[] = [...bare];
  for (const m of s.matches) {
    if (inBare(m.begin)) continue;
    if (m.family === DECISION_HEDGE) {
      events.push({ decision: null, at: m.begin, evidence: s.evidence(m.phrase) });
      continue;
    }
    const decision = polarity(m);
    if (decision && isStatement(s.text, clauseOf(clauses, m), m, true)) {
      events.push({ decision, at: m.begin, evidence: s.evidence(m.phrase) });
    }
  }
  if (events.length === 0 && asked) {
    const yes = bareYes(s);
    const closing = closingOnly(s, yes || null);
    if (closing)
      events.push({ decision: null, at: closing.at, evidence: closing.evidence, closing: true });
    else if (yes) events.push({ decision: asked, at: yes.at, evidence: yes.evidence });
  }
  return sortEvents(events);
}

/** The agent writing the outcome down: "那就按继续使用给您登记了", "已经为您登记取消". */
const RECORDS = /登记|记下|记录|备注|按(?:继续|取消)|给您保留|为您保留|帮您保留/;

/**
 * The outcome the agent records after the customer's last word, when it is the opposite of
 * that word ("算了，还是取消吧" → "那就按继续使用给您登记了"): the customer decided, but not
 * what the call settles, so the recorded choice was never agreed to.
 */
function recordedOpposite(t: Transcript, last: DecisionEvent): Evidence | null {
  for (const s of t.agent) {
    if (s.index <= last.evidence.segment) continue;
    for (const m of s.matches) {
      const recorded = polarity(m);
      if (!recorded || recorded === last.decision) continue;
      const clause = clauseOf(s.clauses, m);
      if (RECORDS.test(clause.text)) return s.evidence(m.phrase);
    }
  }
  return null;
}

const DECISION_TEXT: Record<Decision, string> = {
  continue: '客户明确表示继续使用',
  cancel: '客户明确表示不再继续使用（取消）',
};

/**
 * Standard 4 on confirmation and remedial calls: the customer explicitly says
 * whether they keep the product or cancel it; either answer is valid.
 */
export function evaluateDecision(t: Transcript, facts: CallFacts): ConsentVerdict {
  let last: DecisionEvent | null = null;
  for (const s of t.customer) {
    for (const event of decisionEvents(t, s)) {
      if (!(event.closing && last?.decision)) last = event;
    }
  }
  // Keeping a product is agreeing to pay for it: not informed without its price.
  // Cancelling needs no price.
  const unpriced = last?.decision === 'continue' ? unpricedReason(t, facts) : null;
  if (last && unpriced) {
    const misTagged = customerTaggedFee(t, facts);
    return {
      result: misTagged ? 'unknown' : 'fail',
      reasons: [misTagged ? MISTAGGED_PRICE_REASON : `${unpriced.reason}（表示继续使用）`],
      evidence: dedupeEvidence([...(misTagged ? [misTagged] : unpriced.evidence), last.evidence]),
      decision: null,
    };
  }
  // "好的，那就按继续使用给您登记" tagged customer: the agent's words, not the customer's decision.
  if (last?.decision && inAgentVoice(t.segments[last.evidence.segment])) {
    return {
      result: 'unknown',
      reasons: [AGENT_VOICE_REASON],
      evidence: dedupeEvidence([last.evidence]),
      decision: null,
    };
  }
  const opposite = last?.decision ? recordedOpposite(t, last) : null;
  if (last?.decision && opposite) {
    return {
      result: 'fail',
      reasons: [
        `${DECISION_TEXT[last.decision]}（“${last.evidence.phrase}”），坐席却按“${opposite.phrase}”登记，登记的结果未得到客户同意`,
      ],
      evidence: dedupeEvidence([last.evidence, opposite]),
      decision: null,
    };
  }
  if (last?.decision) {
    return {
      result: 'pass',
      reasons: [`${DECISION_TEXT[last.decision]}（“${last.evidence.phrase}”）`],
      evidence: dedupeEvidence([last.evidence]),
      decision: last.decision,
    };
  }
  const merged = last ? null : mergedAnswer(t, (s) => questionPolarity(s) !== null);
  if (merged) {
    return { result: 'unknown', reasons: [MERGED_REASON], evidence: [merged], decision: null };
  }
  const asksDecision = (s: Segment) => questionPolarity(s) !== null && isQuestion(s.text);
  const decides = (s: Segment) => s.matches.some((m) => polarity(m) !== null);
  const tagged = last ? null : agentTaggedAnswer(t, asksDecision, decides);
  if (tagged) {
    return {
      result: 'unknown',
      reasons: [AGENT_TAGGED_ANSWER_REASON],
      evidence: [tagged],
      decision: null,
    };
  }
  const reason = last
    ? `客户仅表示“${last.evidence.phrase}”，未明确表示继续使用或取消`
    : '客户未明确表示继续使用还是取消';
  return {
    result: 'fail',
    reasons: [reason],
    evidence: last ? [last.evidence] : [],
    decision: null,
  };
}
