import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { AppConfig } from '../../config/app-config.js';
import {
  DRAW_ALGORITHM,
  type DrawResult,
  type PopulationCall,
  type TierPeriod,
} from '../domain/index.js';
import { reviewDueAt } from '../domain/due.js';
import type { TierPlan } from '../tiers/tier-plan.js';
import { assignLeastLoaded } from './assignment.js';
import { writeItems } from './item-writer.js';
import { encodePopulation } from './population-codec.js';
import { ReviewerPool } from './reviewer-pool.js';
import { RunQueries } from './run-queries.js';
import { toRunView, type RunView } from './run-view.js';
import { SamplingRun } from './sampling-run.entity.js';

export interface Drawn {
  span: TierPeriod;
  plan: TierPlan;
  seed: string;
  population: PopulationCall[];
  result: DrawResult;
  now: Date;
}

/**
 * Writes a drawn sample inside the caller's transaction: the run with its seed
 * and rules, its items, each assigned to the least-loaded reviewer of the
 * tier, then its population. Returns the new run, or the id of the run that won.
 */
@Injectable()
export class RunWriter {
  private readonly logger = new Logger(RunWriter.name);

  constructor(
    private readonly queries: RunQueries,
    private readonly reviewers: ReviewerPool,
    private readonly config: AppConfig,
  ) {}

  async write(
    tx: EntityManager,
    { span, plan, seed, population, result, now }: Drawn,
    actor: Principal | null,
  ): Promise<RunView | number> {
    // Checked again inside the write: on SQLite the writes are queued, so the winner is visible here.
    const again = await this.queries.find(span.tier, span.period, tx);
    if (again) return again.id;
    const count = (reason: string) => result.items.filter((i) => i.reason === reason).length;
    const run = await tx.getRepository(SamplingRun).save(
      tx.getRepository(SamplingRun).create({
        tier: span.tier,
        period: span.period,
        periodStart: new Date(span.startUtc),
        periodEnd: new Date(span.endUtc),
        complete: now.getTime() >= Date.parse(span.endUtc),
        seed,
        algorithm: DRAW_ALGORITHM,
        ratePpm: plan.ratePpm,
        reviewerRole: plan.reviewerRole,
        populationSize: result.populationSize,
        quota: result.quota,
        sampleSize: result.items.length,
        randomCount: count('random'),
        recheckCount: count('recheck'),
        flaggedCount: count('flagged'),
        population: '',
        createdAt: now,
        createdById: actor?.id ?? null,
        createdByName: actor?.name ?? 'scheduler',
      }),
    );
    const reviewers = await this.reviewers.load(tx, plan.reviewerRole);
    const assignees = assignLeastLoaded(result.items, reviewers);
    if (result.items.length > 0 && reviewers.length === 0)
      this.logger.warn(`No active ${plan.reviewerRole} to assign ${span.tier} ${span.period} to`);
    const dueAt = reviewDueAt(now, plan.reviewDueBusinessDays, this.config.timeZone);
    const writing = writeItems(
      tx,
      { runId: run.id, tier: span.tier, period: span.period, dueAt, createdAt: now },
      result.items.map((item, i) => ({
        callId: Number(item.callId),
        agentCode: item.agentCode,
        reason: item.reason,
        assigneeId: assignees[i]?.id ?? null,
        assigneeName: assignees[i]?.name ?? null,
      })),
    );
    // The database spends tens of milliseconds on ten thousand items; the
    // population is encoded meanwhile (once the insert has gone out) and
    // stored on the run in the same transaction.
    const [items, encoded] = await Promise.all([
      writing,
      new Promise(setImmediate).then(() => encodePopulation(population)),
    ]);
    await tx.getRepository(SamplingRun).update(run.id, { population: encoded });
    // The answer is built from what was written rather than read back: same rows, no second trip.
    return toRunView(run, items);
  }
}
