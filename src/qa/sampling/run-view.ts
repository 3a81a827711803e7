import type { SampleItem } from './sample-item.entity.js';
import type { SamplingRun } from './sampling-run.entity.js';

const PPM = 1_000_000;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

// A run's items share one due time; formatting it once per run instead of once per
// item saves a large draw several milliseconds.
let lastDue = NaN;
let lastDueIso = '';
function dueIso(d: Date): string {
  const time = d.getTime();
  if (time !== lastDue) {
    lastDue = time;
    lastDueIso = d.toISOString();
  }
  return lastDueIso;
}

export type ItemRow = Pick<
  SampleItem,
  'id' | 'callId' | 'agentCode' | 'reason' | 'assigneeId' | 'assigneeName' | 'status' | 'dueAt'
> & { reviewedAt: Date | null; reviewId: number | null };

export function toItemView(item: ItemRow) {
  return {
    id: item.id,
    callId: item.callId,
    agentCode: item.agentCode,
    reason: item.reason,
    assignee: item.assigneeId === null ? null : { id: item.assigneeId, name: item.assigneeName },
    status: item.status,
    dueAt: dueIso(item.dueAt),
    reviewedAt: iso(item.reviewedAt),
    reviewId: item.reviewId,
  };
}

/** A run without its items (lists). */
export function toRunSummary(run: SamplingRun) {
  return {
    id: run.id,
    tier: run.tier,
    period: run.period,
    periodStart: run.periodStart.toISOString(),
    periodEnd: run.periodEnd.toISOString(),
    complete: run.complete,
    seed: run.seed,
    algorithm: run.algorithm,
    rate: run.ratePpm / PPM,
    reviewerRole: run.reviewerRole,
    populationSize: run.populationSize,
    quota: run.quota,
    sampleSize: run.sampleSize,
    reasons: { random: run.randomCount, recheck: run.recheckCount, flagged: run.flaggedCount },
    createdAt: run.createdAt.toISOString(),
    createdBy: { id: run.createdById, name: run.createdByName },
  };
}

/** The contract's run: {id, tier, period, seed, populationSize, sampleSize, items: [...]}. */
export function toRunView(run: SamplingRun, items: ItemRow[]) {
  return { ...toRunSummary(run), items: items.map(toItemView) };
}

export type RunView = ReturnType<typeof toRunView>;
