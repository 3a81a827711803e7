/**
 * The complaint process (domain §4): receive and record → investigate → decide
 * whether the complaint is valid (有效投诉) → handle → call back (回访) → close.
 * Pure: the service loads the complaint, asks this table, then writes.
 *
 *   received → investigating ─┬→ valid → handled → called_back → closed
 *                             └→ not_valid ──────────────────────→ closed
 */
import { DomainError } from '../../common/errors.js';

export const COMPLAINT_STATUSES = [
  'received',
  'investigating',
  'valid',
  'not_valid',
  'handled',
  'called_back',
  'closed',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

const NEXT: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  received: ['investigating'],
  investigating: ['valid', 'not_valid'],
  valid: ['handled'],
  // Nothing to handle or call back about: the decision itself is the answer.
  not_valid: ['closed'],
  handled: ['called_back'],
  // A valid complaint is closed only after the customer was called back.
  called_back: ['closed'],
  closed: [],
};

/** Which of the complaint's milestones a transition reaches. */
export interface TransitionStamps {
  /** Leaving `received` is the first contact with the customer (首问). */
  firstContact: boolean;
  resolved: boolean;
  closed: boolean;
}

/** A move the table does not list: a conflict with the complaint's current status (409). */
export class ComplaintTransitionError extends DomainError {
  constructor(
    readonly from: ComplaintStatus,
    readonly to: ComplaintStatus,
  ) {
    const allowed = NEXT[from];
    super(
      'conflict',
      'COMPLAINT_TRANSITION_NOT_ALLOWED',
      `complaint cannot move from ${from} to ${to}` +
        (allowed.length
          ? `; from ${from} it may move to: ${allowed.join(', ')}`
          : '; it is closed'),
    );
  }
}

export function allowedNext(from: ComplaintStatus): readonly ComplaintStatus[] {
  return NEXT[from];
}

/** Throws ComplaintTransitionError for anything the table does not list. */
export function transition(from: ComplaintStatus, to: ComplaintStatus): TransitionStamps {
  if (!NEXT[from].includes(to)) throw new ComplaintTransitionError(from, to);
  return {
    firstContact: from === 'received',
    resolved: to === 'handled',
    closed: to === 'closed',
  };
}
