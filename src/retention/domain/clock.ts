import type { ClockedClass } from './data-classes.js';

const DAY_MS = 86_400_000;

/** Items that started before the cutoff are past their clock. */
export function cutoffOf(now: Date, keepDays: number): Date {
  return new Date(now.getTime() - keepDays * DAY_MS);
}

/** A call's recording: a sampled (QA-drawn or reviewed) one is kept on the longer clock. */
export function recordingClass(sampled: boolean): ClockedClass {
  return sampled ? 'recordings_reviewed' : 'recordings_unsampled';
}

/** Something a purge may remove, as its owning module describes it. */
export interface PurgeCandidate {
  id: number;
  /** The call it belongs to, when a hold on that call protects it. */
  callId: number | null;
  /** When its clock started (the call's start, the row's creation, the trial's end). */
  since: Date;
}

/** What may go: past the cutoff and not on hold. Owners pre-filter by the cutoff; this re-checks. */
export function purgeable(
  candidates: PurgeCandidate[],
  cutoff: Date,
  heldCalls: ReadonlySet<number>,
): { purge: PurgeCandidate[]; held: PurgeCandidate[] } {
  const purge: PurgeCandidate[] = [];
  const held: PurgeCandidate[] = [];
  for (const c of candidates) {
    if (c.since.getTime() >= cutoff.getTime()) continue;
    if (c.callId !== null && heldCalls.has(c.callId)) held.push(c);
    else purge.push(c);
  }
  return { purge, held };
}
