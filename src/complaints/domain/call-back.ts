/**
 * The call-back (回访) and the reopened work order (不满意工单重启), domain §4:
 * a valid complaint is closed only after the customer was called back and was
 * satisfied, or could not be reached; a dissatisfied customer sends it back to
 * be handled again by the same owner, and a second reopen escalates it.
 * Pure: the service asks this, then writes.
 */
import { DomainError } from '../../common/errors.js';
import {
  allowedNext,
  transition,
  type ComplaintStatus,
  type TransitionStamps,
} from './complaint-lifecycle.js';

/** What the customer said at the call-back; null while it has not been recorded. */
export type CallBackResult = 'satisfied' | 'unreachable';

/** The second reopen escalates to a supervisor. */
export const REOPENS_TO_ESCALATE = 2;

export interface CallBackState {
  status: ComplaintStatus;
  callBackResult: CallBackResult | null;
  reopenCount: number;
}

export interface MoveRequest {
  to: ComplaintStatus;
  satisfied?: boolean;
  unreachable?: boolean;
}

export interface MovePlan {
  /** The status stored: `valid` again when the customer was dissatisfied. */
  status: ComplaintStatus;
  stamps: TransitionStamps;
  callBackResult: CallBackResult | null;
  /** True when this move is a new call-back (counted: reopens per call-back is the reopen rate). */
  callBack: boolean;
  /** True when this call-back reopened the work order. */
  reopened: boolean;
  reopenCount: number;
  /** Set when this reopen escalates the complaint. */
  escalation: string | null;
}

/** A close before a call-back that counts: a conflict with the complaint's state (409). */
export class CallBackMissingError extends DomainError {
  constructor() {
    super(
      'conflict',
      'COMPLAINT_CALL_BACK_REQUIRED',
      'a valid complaint is closed only after a call-back where the customer was satisfied ' +
        'or could not be reached: record it with {to: "called_back", satisfied: true} or ' +
        '{to: "called_back", unreachable: true}',
    );
  }
}

export function planMove(current: CallBackState, req: MoveRequest): MovePlan {
  const result = callBackResult(req);
  if (req.to === 'closed' && current.status === 'called_back' && !current.callBackResult)
    throw new CallBackMissingError();
  // A call-back recorded without its result may be completed once.
  const recordingResult =
    req.to === 'called_back' && current.status === 'called_back' && !current.callBackResult;
  if (recordingResult && result === null) throw new CallBackMissingError();
  const stamps = recordingResult
    ? { firstContact: false, resolved: false, closed: false }
    : transition(current.status, req.to);
  const plan: MovePlan = {
    status: req.to,
    stamps,
    callBackResult: req.to === 'called_back' && result !== 'dissatisfied' ? result : null,
    callBack: req.to === 'called_back' && !recordingResult,
    reopened: false,
    reopenCount: current.reopenCount,
    escalation: null,
  };
  if (result !== 'dissatisfied') return plan;
  const reopenCount = current.reopenCount + 1;
  return {
    ...plan,
    status: 'valid',
    reopened: true,
    reopenCount,
    escalation:
      reopenCount === REOPENS_TO_ESCALATE
        ? `reopened ${reopenCount} times: the customer was dissatisfied at the call-back`
        : null,
  };
}

/** satisfied / unreachable belong to a call-back, and say one thing. */
function callBackResult(req: MoveRequest): CallBackResult | 'dissatisfied' | null {
  const given = req.satisfied !== undefined || req.unreachable !== undefined;
  if (!given) return null;
  if (req.to !== 'called_back')
    throw new DomainError(
      'invalid',
      'VALIDATION_FAILED',
      'satisfied and unreachable are recorded only with to: "called_back"',
    );
  if (req.unreachable === true) {
    if (req.satisfied !== undefined)
      throw new DomainError(
        'invalid',
        'VALIDATION_FAILED',
        'satisfied: a customer who could not be reached (unreachable: true) said nothing',
      );
    return 'unreachable';
  }
  if (req.satisfied === undefined)
    throw new DomainError(
      'invalid',
      'VALIDATION_FAILED',
      'satisfied: say whether the customer was satisfied, or send unreachable: true',
    );
  return req.satisfied ? 'satisfied' : 'dissatisfied';
}

/** The moves open now: a call-back without its result must have it recorded before closing. */
export function nextMoves(current: CallBackState): readonly ComplaintStatus[] {
  if (current.status === 'called_back' && !current.callBackResult) return ['called_back'];
  return allowedNext(current.status);
}
