import { type CallingWindow, DEFAULT_CALLING_WINDOW } from './calling-window.js';
import type { Instant } from './time.js';

export type TrialStatus = 'trial' | 'confirmed' | 'cancelled' | 'extended' | 'charged';
export type StepStatus = 'scheduled' | 'calling' | 'done' | 'invalid';
export type StepNumber = 1 | 2;

export type ConfirmationOutcome =
  'continue' | 'decline' | 'unreachable' | 'suspended' | 'undecided' | 'will_self_cancel';

export const CONFIRMATION_OUTCOMES: readonly ConfirmationOutcome[] = [
  'continue',
  'decline',
  'unreachable',
  'suspended',
  'undecided',
  'will_self_cancel',
];

/** Outcomes where the customer was told how to cancel instead of deciding (告知取消方式). */
export const INFORMED_OUTCOMES: readonly ConfirmationOutcome[] = ['undecided', 'will_self_cancel'];

/** Outcomes that need no conversation, so the four standards do not apply (无法接通 / 停机). */
export const NO_CONTACT_OUTCOMES: readonly ConfirmationOutcome[] = ['unreachable', 'suspended'];

export type CancelReason =
  'declined' | 'sale_invalid' | 'blacklisted' | 'unreachable' | 'suspended' | 'not_confirmed';

export interface StepState {
  step: StepNumber;
  status: StepStatus;
  /** ISO instant with the centre's offset. */
  dueAt: string;
  outcome: ConfirmationOutcome | null;
  callId: string | null;
  /** Bumped on every reschedule so job ids (trial:step:attempt) are unique and stale jobs are recognisable. */
  attempt: number;
}

export interface TrialState {
  status: TrialStatus;
  trialStart: string;
  trialEnd: string;
  trialDays: number;
  extensions: number;
  steps: [StepState, StepState];
  /** Every call that has been recorded against this trial; a call counts once, ever. */
  usedCallIds: string[];
  cancelReason?: CancelReason;
}

export type TrialEvent =
  | { type: 'step_due'; step: StepNumber; attempt?: number; at: Instant }
  | { type: 'call_timeout'; step: StepNumber; attempt?: number; at: Instant }
  | {
      type: 'outcome';
      step: StepNumber;
      outcome: ConfirmationOutcome;
      callId: string;
      /** The call met all four standards (human review taking precedence). */
      callValid: boolean;
      /** The call's script check found the cancel method said. */
      cancelMethodSaid: boolean;
      /** When the outcome is recorded. */
      at: Instant;
    }
  | { type: 'sale_invalidated'; at: Instant }
  | { type: 'sale_reinstated'; at: Instant }
  | { type: 'blacklisted'; at: Instant }
  | { type: 'charge_gate'; at: Instant };

export type TrialEffect =
  | { type: 'schedule_step'; step: StepNumber; dueAt: string; attempt: number }
  | { type: 'schedule_charge_gate'; at: string }
  | { type: 'cancel_jobs' }
  | { type: 'notify_dialer'; step: StepNumber; attempt: number }
  | { type: 'emit_billing'; trialEnd: string }
  | { type: 'emit_cancellation'; reason: CancelReason }
  | { type: 'emit_reinstatement' }
  | { type: 'emit_extension'; previousTrialEnd: string; trialEnd: string };

export interface Transition {
  state: TrialState;
  effects: TrialEffect[];
}

export interface TrialConfig {
  tz: string;
  window: CallingWindow;
}

/** CENTRE_TZ and the calling window come from typed config; these are its defaults. */
export const DEFAULT_TRIAL_CONFIG: TrialConfig = {
  tz: 'Asia/Shanghai',
  window: DEFAULT_CALLING_WINDOW,
};
