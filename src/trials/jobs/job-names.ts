import type { StepNumber } from '../domain/index.js';

export const CONFIRMATIONS_QUEUE = 'confirmations';

/** Every job on the confirmations queue; `JobHandlers` maps each to exactly one handler. */
export enum JobName {
  StepDue = 'step-due',
  ChargeGate = 'charge-gate',
  DialerWebhook = 'dialer-webhook',
  OutboxDelivery = 'outbox-delivery',
}

/** Jobs carry ids only: the rows they point at hold the state. */
export interface StepJobData {
  trialId: number;
  step: StepNumber;
  attempt: number;
}
export interface GateJobData {
  trialId: number;
  seq: number;
}
export interface OutboxJobData {
  outboxId: number;
}

export interface JobDataMap {
  [JobName.StepDue]: StepJobData;
  [JobName.ChargeGate]: GateJobData;
  [JobName.DialerWebhook]: StepJobData;
  [JobName.OutboxDelivery]: OutboxJobData;
}

/**
 * Deterministic ids, so enqueueing the same work twice is a no-op. BullMQ
 * refuses custom ids with ':' or that look like integers; these have neither.
 */
export const jobId = {
  step: (d: StepJobData) => `trial-${d.trialId}-step-${d.step}-${d.attempt}`,
  gate: (d: GateJobData) => `trial-${d.trialId}-gate-${d.seq}`,
  webhook: (d: StepJobData) => `webhook-trial-${d.trialId}-step-${d.step}-${d.attempt}`,
  outbox: (d: OutboxJobData) => `outbox-${d.outboxId}`,
};
