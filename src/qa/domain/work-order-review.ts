/**
 * The two-way work-order review (工单质量双向质检): a reviewer judges the
 * checklist; a failed work order goes back to its handler, who may contest it
 * once with a reason; a second supervisor, never the first reviewer, upholds or
 * overturns the fail. Pure: who may do which step, and what it leads to.
 *
 *   open ─┬→ passed
 *         └→ failed → contested ─┬→ upheld
 *                                └→ overturned (counts as passed)
 */
import { DomainError } from '../../common/errors.js';

export const WORK_ORDER_STATUSES = [
  'open',
  'passed',
  'failed',
  'contested',
  'upheld',
  'overturned',
] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export type WorkOrderDecision = 'uphold' | 'overturn';

export interface WorkOrderActor {
  id: number;
  role: string;
}

/** What the rules need to know of an item (a plain read of its row). */
export interface WorkOrderState {
  id: number;
  status: WorkOrderStatus;
  handlerId: number | null;
  reviewerId: number | null;
}

export class WorkOrderConflictError extends DomainError {
  constructor(code: string, message: string) {
    super('conflict', code, message);
  }
}

export class WorkOrderForbiddenError extends DomainError {
  constructor(code: string, message: string) {
    super('forbidden', code, message);
  }
}

/** The tier's reviewer role (or an admin) reviews, never the handler of the work order. */
export function assertMayReview(item: WorkOrderState, actor: WorkOrderActor, reviewerRole: string) {
  if (actor.role !== 'admin' && actor.role !== reviewerRole)
    throw new WorkOrderForbiddenError(
      'WORK_ORDER_REVIEWER_ROLE',
      `work orders are reviewed by a ${reviewerRole} (the tier's reviewer role)`,
    );
  if (item.handlerId !== null && item.handlerId === actor.id)
    throw new WorkOrderForbiddenError(
      'WORK_ORDER_OWN_COMPLAINT',
      `work order ${item.id} is your own complaint: another reviewer judges it`,
    );
  if (item.status !== 'open')
    throw new WorkOrderConflictError(
      'WORK_ORDER_ALREADY_REVIEWED',
      `work order ${item.id} was reviewed already (${item.status})`,
    );
}

/** Only the handler contests, only a failed review, and only once. */
export function assertMayContest(item: WorkOrderState, actor: WorkOrderActor) {
  if (item.handlerId === null || item.handlerId !== actor.id)
    throw new WorkOrderForbiddenError(
      'WORK_ORDER_NOT_HANDLER',
      `only the handler of work order ${item.id} may contest its review`,
    );
  if (item.status === 'contested' || item.status === 'upheld' || item.status === 'overturned')
    throw new WorkOrderConflictError(
      'WORK_ORDER_ALREADY_CONTESTED',
      `work order ${item.id} was contested already: a review is contested once`,
    );
  if (item.status !== 'failed')
    throw new WorkOrderConflictError(
      'WORK_ORDER_NOT_FAILED',
      `work order ${item.id} is ${item.status}: only a failed review can be contested`,
    );
}

/** A second supervisor (or an admin) decides a contest: not the first reviewer, not the handler. */
export function assertMayDecide(item: WorkOrderState, actor: WorkOrderActor) {
  if (actor.role !== 'admin' && actor.role !== 'supervisor')
    throw new WorkOrderForbiddenError(
      'WORK_ORDER_DECIDER_ROLE',
      'a contested work order is decided by a supervisor',
    );
  if (item.reviewerId === actor.id)
    throw new WorkOrderConflictError(
      'WORK_ORDER_SELF_DECISION',
      `you reviewed work order ${item.id}: a second supervisor decides the contest`,
    );
  if (item.handlerId !== null && item.handlerId === actor.id)
    throw new WorkOrderConflictError(
      'WORK_ORDER_SELF_DECISION',
      `work order ${item.id} is your own complaint: another supervisor decides the contest`,
    );
  if (item.status === 'upheld' || item.status === 'overturned')
    throw new WorkOrderConflictError(
      'WORK_ORDER_ALREADY_DECIDED',
      `the contest of work order ${item.id} was decided already (${item.status})`,
    );
  if (item.status !== 'contested')
    throw new WorkOrderConflictError(
      'WORK_ORDER_NOT_CONTESTED',
      `work order ${item.id} is ${item.status}: only a contested review is decided`,
    );
}

export function decidedStatus(decision: WorkOrderDecision): WorkOrderStatus {
  return decision === 'overturn' ? 'overturned' : 'upheld';
}

/** The final word on an item counts as a pass: passed, or a fail overturned on contest. */
export function countsAsPassed(status: WorkOrderStatus): boolean {
  return status === 'passed' || status === 'overturned';
}
