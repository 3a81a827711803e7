import type { Evidence } from '../../types.js';
import type { Transcript } from '../../transcript/prepared.js';
import { isNegatedAt } from '../../text/negation.js';
import { clauseContaining } from '../../text/clauses.js';
import type { CallFacts } from '../facts.js';
import { moneyIn } from '../fact-mentions.js';
import { missing, ok, wrong, type SectionCheck } from './section-check.js';
import { TRIAL_QUALIFIER } from './misleading.js';

const YEARLY = /年/;

const yuan = (cents: number) => `${cents / 100}元`;

/**
 * The fee must be said as the product's amount. Any other amount the agent
 * states fails it, except "0元" inside the trial and the yearly total.
 */
export function checkPrice(t: Transcript, facts: CallFacts): SectionCheck {
  const right: Evidence[] = [];
  const wrongSaid: Evidence[] = [];
  for (const s of t.agent) {
    const clauses = s.clauses;
    for (const m of moneyIn(s)) {
      if (isNegatedAt(s.text, m.begin)) continue; // "不是15元，是20元"
      if (m.cents === facts.feeCents) {
        right.push(s.evidence(m.raw));
        continue;
      }
      const clause = clauseContaining(clauses, m.begin)?.text ?? s.text;
      if (m.cents === 0 && facts.hasTrial && TRIAL_QUALIFIER.test(clause)) continue;
      if (m.cents === facts.feeCents * 12 && YEARLY.test(clause)) continue;
      wrongSaid.push(s.evidence(m.raw));
    }
  }
  if (wrongSaid.length > 0) {
    const said = wrongSaid.map((e) => e.phrase).join('、');
    return wrong(`坐席所报资费（${said}）与核准资费每月${yuan(facts.feeCents)}不符`, wrongSaid);
  }
  if (right.length === 0) return missing(`坐席未告知资费（每月${yuan(facts.feeCents)}）`);
  return ok(`已告知资费每月${yuan(facts.feeCents)}`, right);
}
