import { chargeGateAt } from './domain/index.js';
import { localIso, type TrialRecord } from './persistence/trial-record.js';

/** The public shape of a trial (contract: "Trials and confirmations"). */
export function toTrialView({ trial, steps }: TrialRecord, tz: string) {
  return {
    id: trial.id,
    phone: trial.phone,
    productCode: trial.productCode,
    status: trial.status,
    trialStart: trial.trialStart,
    trialEnd: trial.trialEnd,
    trialDays: trial.trialDays,
    extensions: trial.extensions,
    cancelReason: trial.cancelReason,
    saleCallId: trial.saleCallId,
    /** The end of the last free day: nobody is charged before it, nor without confirmation. */
    chargeGateAt: chargeGateAt(trial.trialEnd, tz),
    confirmations: steps.map((s) => ({
      step: s.step,
      dueAt: localIso(s.dueAt, tz),
      status: s.status,
      outcome: s.outcome,
      callId: s.callId,
      attempt: s.attempt,
      callingSince: s.callingSince ? localIso(s.callingSince, tz) : null,
    })),
    createdAt: trial.createdAt.toISOString(),
    updatedAt: trial.updatedAt.toISOString(),
    closedAt: trial.closedAt?.toISOString() ?? null,
  };
}

export type TrialView = ReturnType<typeof toTrialView>;
