import { In, type EntityManager } from 'typeorm';
import { inZone, type StepState, toIso, type TrialState } from '../domain/index.js';
import { TrialStep } from '../trial-step.entity.js';
import { Trial } from '../trial.entity.js';

/** A trial row with its two step rows, as read inside a transaction. */
export interface TrialRecord {
  trial: Trial;
  steps: [TrialStep, TrialStep];
}

export async function loadTrial(manager: EntityManager, id: number): Promise<TrialRecord | null> {
  const trial = await manager.getRepository(Trial).findOneBy({ id });
  if (!trial) return null;
  const steps = await manager
    .getRepository(TrialStep)
    .find({ where: { trialId: id }, order: { step: 'ASC' } });
  if (steps.length !== 2) throw new Error(`trial ${id} has ${steps.length} step rows, not 2`);
  return { trial, steps: [steps[0], steps[1]] };
}

/** These trials with their step rows (two each), in the trials' order. */
export async function withSteps(manager: EntityManager, trials: Trial[]): Promise<TrialRecord[]> {
  if (trials.length === 0) return [];
  const steps = await manager.getRepository(TrialStep).find({
    where: { trialId: In(trials.map((t) => t.id)) },
    order: { step: 'ASC' },
  });
  return trials.map((trial) => {
    const own = steps.filter((s) => s.trialId === trial.id);
    return { trial, steps: [own[0], own[1]] };
  });
}

/** The instant as the domain (and the API) shows it: ISO-8601 with the centre's offset. */
export function localIso(at: Date, tz: string): string {
  return toIso(inZone(at, tz));
}

export function stepState(row: TrialStep, tz: string): StepState {
  return {
    step: row.step,
    status: row.status,
    dueAt: localIso(row.dueAt, tz),
    outcome: row.outcome,
    callId: row.callId === null ? null : String(row.callId),
    attempt: row.attempt,
  };
}

/** Rows → the plain state the pure machine works on. */
export function toState(record: TrialRecord, tz: string): TrialState {
  const { trial, steps } = record;
  return {
    status: trial.status,
    trialStart: trial.trialStart,
    trialEnd: trial.trialEnd,
    trialDays: trial.trialDays,
    extensions: trial.extensions,
    steps: [stepState(steps[0], tz), stepState(steps[1], tz)],
    usedCallIds: [...trial.usedCallIds],
    ...(trial.cancelReason ? { cancelReason: trial.cancelReason } : {}),
  };
}
