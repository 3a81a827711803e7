import type { ConsentVerdict, Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { isQuestion } from '../../text/clauses.js';
import { askedBack, customerTaggedFee, isGiftOrDiscount } from '../script/price.js';
import type { CallFacts } from '../facts.js';
import { dedupeEvidence } from '../verdict.js';
import { priceAnchor, type PriceAnchor } from './price-anchor.js';
import { MISTAGGED_PRICE_REASON, unpricedReason } from './unpriced.js';
import {
  ACTIVATION_QUESTION,
  AGENT_ACTIVATES,
  AGENT_HOLDS_OFF,
  AGREE,
  HEDGE,
  INDIFFERENT,
  REFUSE,
} from './phrases.js';
import { moneyIn } from '../fact-mentions.js';
import {
  AGENT_VOICE_REASON,
  OTHER_QUESTION_REASON,
  asksSomethingElse,
  inAgentVoice,
  requestReason,
  requestsSomethingElse,
} from './scope.js';
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
  type StanceEvent,
} from './stance.js';

/** "给您开上吧" / "…怎么样" put the decision to the customer as much as a question does. */
const PROPOSAL = /吧[,。?]?$|怎么样|如何/;

function answersActivationQuestion(t: Transcript, s: Segment): boolean {
  const q = t.questionBefore(s.index);
  return q !== null && q.has(ACTIVATION_QUESTION) && (isQuestion(q.text) || PROPOSAL.test(q.text));
}

const UNCLEAR_SPEAKER = { kind: 'unclear', reason: AGENT_VOICE_REASON } as const;

/** Every yes/no/hedge the customer expresses in one turn, in the order said. */
function stanceEvents(t: Transcript, s: Segment): StanceEvent[] {
  const clauses = s.clauses;
  const events: StanceEvent[] = [];
  for (const m of s.matches) {
    const ev = s.evidence(m.phrase);
    if (m.family === HEDGE) events.push({ kind: 'hedge', at: m.begin, evidence: ev });
    if (m.family !== AGREE && m.family !== REFUSE) continue;
    if (!isStatement(s.text, clauseOf(clauses, m), m, false)) continue;
    const yes = m.family === AGREE && !m.negated;
    events.push({ kind: yes ? 'yes' : 'no', at: m.begin, evidence: ev });
  }
  if (!events.some((e) => e.kind === 'yes') && answersActivationQuestion(t, s)) {
    const bare = bareYes(s);
    const closing = closingOnly(s, bare);
    if (closing) events.push(closing);
    else if (bare && asksSomethingElse(t.questionBefore(s.index)!)) {
      events.push({ ...bare, kind: 'unclear', reason: OTHER_QUESTION_REASON });
    } else if (bare) {
      const other = requestsSomethingElse(s, bare.at);
      events.push(other ? { ...bare, kind: 'unclear', reason: requestReason(other) } : bare);
    }
  }
  if (inAgentVoice(s)) {
    for (const e of events) if (e.kind === 'yes') Object.assign(e, UNCLEAR_SPEAKER);
  }
  const indifferent = s.find(INDIFFERENT)[0];
  if (indifferent) {
    // Whatever else was said in this turn, it ends as "up to you".
    return [{ kind: 'hedge', at: s.text.length, evidence: s.evidence(indifferent.phrase) }];
  }
  return sortEvents(events);
}

function result(
  outcome: boolean | 'unknown',
  reasons: string[],
  evidence: Evidence[],
): ConsentVerdict {
  return {
    result: outcome === 'unknown' ? 'unknown' : outcome ? 'pass' : 'fail',
    reasons,
    evidence: dedupeEvidence(evidence),
    decision: null,
  };
}

/** Why there is no consent, for the inspector. */
function failureReasons(
  t: Transcript,
  last: StanceEvent | null,
  early: StanceEvent | null,
): string[] {
  const reasons: string[] = [];
  if (early && !last) {
    reasons.push('客户的同意发生在坐席告知资费之前，告知资费后未再明确同意');
  } else if (last?.kind === 'no') {
    reasons.push(`客户明确拒绝（“${last.evidence.phrase}”），不能视为同意`);
  } else if (last?.kind === 'ack') {
    reasons.push(`客户仅以客套或结束语回应（“${last.evidence.phrase}”），未明确同意开通`);
  } else if (last?.kind === 'hedge') {
    reasons.push(`客户仅表示“${last.evidence.phrase}”，未明确同意开通`);
  } else {
    const asked = t.agent.filter((s) => s.has(ACTIVATION_QUESTION) && isQuestion(s.text));
    const silent = asked.some((q) => t.answerTo(q.index).length === 0);
    reasons.push(
      silent
        ? '坐席询问是否同意开通后客户未作答'
        : '客户没有以明确的语言表示同意开通（仅有“嗯”“哦”等回应）',
    );
  }
  if (t.agent.some((s) => s.has(AGENT_ACTIVATES))) {
    reasons.push('坐席在客户未明确同意的情况下自行宣布开通');
  }
  return reasons;
}

/**
 * The agent's only amounts are checked back as questions ("6块6一个月是吧？"):
 * likely the customer's words tagged as the agent's, so whether a price was
 * disclosed before the yes is for a person to settle.
 */
function askedOnlyPrice(t: Transcript): Evidence | null {
  let asked: Evidence | null = null;
  for (const s of t.agent) {
    for (const m of moneyIn(s)) {
      if (isGiftOrDiscount(s, m)) continue;
      if (!askedBack(s, m)) return null;
      asked ??= s.evidence(m.raw);
    }
  }
  return asked;
}

const ASKED_PRICE_REASON =
  '说话人不清：资费只以反问的口气出现在坐席话语中，像是客户在确认，无法确认坐席已告知资费，需人工复核';

/** What the customer agreed after, in the words the transcript supports. */
function agreedReason(anchor: PriceAnchor | null, yes: string | undefined): string {
  if (anchor?.stated === 'free')
    return `客户在坐席称“${anchor.evidence.phrase}”后明确同意开通（“${yes}”）；免费的说法是否误导由话术标准判定`;
  if (anchor?.stated === 'cost') return `客户在坐席谈及费用后明确同意开通（“${yes}”）`;
  return `客户在告知资费后明确同意开通（“${yes}”）`;
}

/** The agent's "那我先不给您办" after the customer's last yes. */
function agentHeldOff(t: Transcript, agreed: StanceEvent): Evidence | null {
  const s = t.agent.find((a) => a.index > agreed.evidence.segment && a.has(AGENT_HOLDS_OFF));
  return s ? s.evidence(s.find(AGENT_HOLDS_OFF)[0].phrase) : null;
}

/**
 * Standard 4 (marketing): after the fee was disclosed, the customer's own
 * words agree to activation, and they did not take it back later.
 */
export function evaluateMarketingConsent(t: Transcript, facts: CallFacts): ConsentVerdict {
  const anchor = priceAnchor(t, facts);
  let agreed: StanceEvent | null = null;
  let last: StanceEvent | null = null;
  let early: StanceEvent | null = null;
  for (const s of t.customer) {
    for (const event of stanceEvents(t, s)) {
      if (anchor && s.index < anchor.evidence.segment) {
        if (event.kind === 'yes') early = event;
        continue;
      }
      // "好的，谢谢" to the agent's wrap-up after a clear yes does not take the yes back.
      if (event.kind === 'ack' && agreed) continue;
      last = event;
      agreed = event.kind === 'yes' ? event : null;
    }
  }
  const heldOff = agreed ? agentHeldOff(t, agreed) : null;
  if (heldOff) {
    return result(
      false,
      [`坐席在客户表态后表示暂不办理（“${heldOff.phrase}”），客户未作出开通的决定`],
      [agreed!.evidence, heldOff],
    );
  }
  const unpriced = agreed ? unpricedReason(t, facts) : null;
  const misTagged = agreed && unpriced ? customerTaggedFee(t, facts) : null;
  if (agreed && misTagged) {
    return result('unknown', [MISTAGGED_PRICE_REASON], [misTagged, agreed.evidence]);
  }
  if (agreed && unpriced) {
    return result(false, [unpriced.reason], [...unpriced.evidence, agreed.evidence]);
  }
  const asked = agreed ? askedOnlyPrice(t) : null;
  if (agreed && asked) return result('unknown', [ASKED_PRICE_REASON], [asked, agreed.evidence]);
  if (agreed) {
    const evidence = anchor ? [anchor.evidence, agreed.evidence] : [agreed.evidence];
    return result(true, [agreedReason(anchor, agreed.evidence.phrase)], evidence);
  }
  if (last?.kind === 'unclear') return result('unknown', [last.reason!], [last.evidence]);
  const merged = last ? null : mergedAnswer(t, (s) => s.has(ACTIVATION_QUESTION));
  if (merged) return result('unknown', [MERGED_REASON], [merged]);
  const asksActivation = (s: Segment) => s.has(ACTIVATION_QUESTION) && isQuestion(s.text);
  const tagged = last ? null : agentTaggedAnswer(t, asksActivation, (s) => s.has(AGREE));
  if (tagged) return result('unknown', [AGENT_TAGGED_ANSWER_REASON], [tagged]);
  const evidence = [last?.evidence, early?.evidence].filter((e): e is Evidence => e !== undefined);
  const announced = t.agent
    .filter((s) => s.has(AGENT_ACTIVATES))
    .map((s) => s.evidence(s.find(AGENT_ACTIVATES)[0].phrase));
  return result(false, failureReasons(t, last, early), [...evidence, ...announced]);
}
