import type { Evidence } from '../../types.js';
import type { Transcript } from '../../transcript/prepared.js';
import { isNegatedAt } from '../../text/negation.js';
import type { CallFacts } from '../facts.js';
import { moneyIn } from '../fact-mentions.js';
import { ALWAYS_FREE_CLAIM, FREE_CLAIM } from '../script/misleading.js';

const COST_TALK = /资费|收费|费用|价格|月费|多少钱/;

/**
 * Where the agent first told the customer what it costs: the fee itself,
 * else any amount, else any statement about cost (even a misleading
 * "不收费"). Consent only counts from there on. Null when cost never came up.
 * `stated` says which, so a reason never claims a fee was told when the agent
 * only called it free (that claim is the script standard's to judge, as in D19).
 */
export interface PriceAnchor {
  evidence: Evidence;
  stated: 'amount' | 'free' | 'cost';
}

export function priceAnchor(t: Transcript, facts: CallFacts): PriceAnchor | null {
  const money = (exact: boolean) =>
    t.agent
      .map((s) => ({
        s,
        m: moneyIn(s).find(
          (m) => !isNegatedAt(s.text, m.begin) && (!exact || m.cents === facts.feeCents),
        ),
      }))
      .find((x) => x.m !== undefined);
  const found = money(true) ?? money(false);
  if (found) return { evidence: found.s.evidence(found.m!.raw), stated: 'amount' };
  for (const s of t.agent) {
    const claim = s.find(FREE_CLAIM, ALWAYS_FREE_CLAIM)[0];
    if (claim) return { evidence: s.evidence(claim.phrase), stated: 'free' };
    const talk = COST_TALK.exec(s.text);
    if (talk) return { evidence: s.evidence(talk[0]), stated: 'cost' };
  }
  return null;
}
