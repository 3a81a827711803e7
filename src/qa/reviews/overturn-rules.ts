import { InvalidInputError } from '../../common/errors.js';
import { STANDARDS, type Standard } from '../../compliance/index.js';
import { QaForbiddenError } from '../qa.errors.js';

type Result = 'pass' | 'fail';

/** What the rules need to know of the review being overturned (a plain read of the row). */
export interface OverturnTarget {
  id: number;
  kind: 'review' | 'overturn';
  reviewerId: number;
  rules: Record<Standard, Result>;
}

/**
 * Who may overturn what, and that an overturn must change something. Pure, so
 * the guardrails read in one place:
 * - nobody overturns their own review (a second opinion must be someone else's);
 * - a supervisor may revise their own overturn (a correction with a reason):
 *   the revision is one more overturn, so the earlier one stays as history;
 * - an overturn with the same verdict on every standard changes nothing and is
 *   refused, so the history only holds real changes.
 */
export function assertMayOverturn(
  target: OverturnTarget,
  actorId: number,
  rules: Record<Standard, Result>,
): void {
  if (target.reviewerId === actorId && target.kind !== 'overturn')
    throw new QaForbiddenError('a reviewer cannot overturn their own review');
  if (changedStandards(target.rules, rules).length === 0)
    throw new InvalidInputError(
      `rules: the overturn changes nothing: every standard is as review ${target.id} recorded it`,
      'OVERTURN_UNCHANGED',
    );
}

/** The standards whose verdict differs between two sets of rules, in registry order. */
export function changedStandards(
  before: Record<Standard, Result>,
  after: Record<Standard, Result>,
): Standard[] {
  return STANDARDS.filter((s) => before[s] !== after[s]);
}
