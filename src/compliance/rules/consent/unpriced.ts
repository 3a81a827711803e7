import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { isGiftOrDiscount, priceAsked } from '../script/price.js';
import { moneyIn } from '../fact-mentions.js';
import { ALWAYS_FREE_CLAIM, FREE_CLAIM, findFreeClaims } from '../script/misleading.js';
import type { CallFacts } from '../facts.js';

/** A cost said without an amount: a yes after it agrees to an unknown price. */
const VAGUE_PRICE =
  /一点点钱|就一点点|很便宜|挺便宜|不贵|没多少钱|花不了多少|基本免费|基本不(?:花|要|收)钱|几块钱|几毛钱|很少的|一瓶水|(?:价格|资费|自费|费用|收费|多少钱)[^。?]{0,10}短信/;

/**
 * Why the customer's yes was to an unknown price, when the agent never said
 * any amount: a vague phrase ("就一点点") or nothing about cost at all. Null
 * when a price was stated, right or wrong: a wrong fee, and "不收费" for a paid
 * product (a price of nothing, stated), fail the script standard, not consent. "Free"
 * said only of the trial, of cancelling or of someone else states no price.
 */
export function unpricedReason(
  t: Transcript,
  facts: CallFacts,
): { reason: string; evidence: Evidence[] } | null {
  const feeLike = (s: Segment) => moneyIn(s).some((m) => !isGiftOrDiscount(s, m));
  if (t.agent.some(feeLike)) return null;
  for (const s of t.agent) {
    const m = VAGUE_PRICE.exec(s.text);
    if (m) {
      return {
        reason: `坐席未说明具体资费，只说“${m[0]}”，客户的同意不是知情同意`,
        evidence: [s.evidence(m[0])],
      };
    }
  }
  // "不收费" said of the product, or in answer to "要钱吗", is a price of nothing, stated
  // (D19): the script standard's to judge. "头30天不要钱" said of the trial states no price.
  const free = findFreeClaims(t, facts);
  if (free.misleading.length > 0 || free.unclear.length > 0) return null;
  if (t.agent.some((s) => s.has(FREE_CLAIM, ALWAYS_FREE_CLAIM) && priceAsked(t, s))) return null;
  return { reason: '坐席从未告知资费，客户的同意不是对资费的知情同意', evidence: [] };
}

export const MISTAGGED_PRICE_REASON =
  '说话人不清：资费只出现在标为客户的话语中，无法确认坐席已告知资费，客户的同意是否知情需人工复核';
