import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { inField, InvalidInputError } from '../../common/errors.js';
import { ComplaintReader, type ClosedComplaint } from '../../complaints/index.js';
import { AppConfig } from '../../config/app-config.js';
import { isConcurrencyConflict } from '../../database/scheduler-lock.js';
import {
  DRAW_ALGORITHM,
  drawSample,
  newSeed,
  parsePeriod,
  workOrderPopulation,
  type DrawResult,
  type PopulationCall,
  type SamplingPeriod,
} from '../domain/index.js';
import { reviewDueAt } from '../domain/due.js';
import { QaTransactions } from '../qa-transactions.js';
import { encodePopulation } from '../sampling/population-codec.js';
import type { QaTier } from '../tiers/qa-tier.entity.js';
import { TiersService } from '../tiers/tiers.service.js';
import { WorkOrderAssignment } from './work-order-assignment.js';
import { WorkOrderItem } from './work-order-item.entity.js';
import { WorkOrderRun } from './work-order-run.entity.js';
import { toRunView, type WorkOrderRunView } from './work-order-view.js';

export const WORK_ORDER_TIER = 'work_order';

interface Drawn {
  span: SamplingPeriod;
  tier: QaTier;
  seed: string;
  complaints: ClosedComplaint[];
  population: PopulationCall[];
  result: DrawResult;
  now: Date;
}

/**
 * The weekly work-order draw: the week's closed complaints (read through the
 * complaints module's front door), every reopened or overdue one flagged and
 * taken, plus the tier's rate drawn at random by the call draw's code, seeded
 * and stored so it can be re-run. A week is drawn once (unique period key).
 */
@Injectable()
export class WorkOrderDrawService {
  constructor(
    private readonly tiers: TiersService,
    private readonly complaints: ComplaintReader,
    private readonly assignment: WorkOrderAssignment,
    private readonly transactions: QaTransactions,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** `actor` null is the scheduler. */
  async draw(
    period: string,
    actor: Principal | null,
    now = new Date(),
  ): Promise<{ run: WorkOrderRunView; created: boolean }> {
    const span = inField('period', () => parsePeriod('week', period, this.config.timeZone));
    // Complaints still closing this week would never be drawn once the run is stored.
    if (Date.parse(span.endUtc) > now.getTime())
      throw new InvalidInputError(
        `period: ${span.period} has not ended yet (ends ${span.endUtc}); draw it once it is over`,
      );
    const existing = await this.find(span.period);
    if (existing) return { run: existing, created: false };
    const tier = await this.tiers.get(WORK_ORDER_TIER);
    const complaints = await this.complaints.closedBetween(
      new Date(span.startUtc),
      new Date(span.endUtc),
    );
    const population = workOrderPopulation(complaints);
    const seed = newSeed();
    const result = drawSample({ seed, rate: tier.ratePpm / 1_000_000, population });
    const drawn: Drawn = { span, tier, seed, complaints, population, result, now };
    try {
      const run = await this.transactions.run((tx) => this.write(tx, drawn, actor));
      if (run) return { run, created: true };
    } catch (err) {
      if (!isConcurrencyConflict(err)) throw err;
    }
    const winner = await this.find(span.period);
    if (!winner) throw new Error(`work-order run ${span.period} vanished after a conflict`);
    return { run: winner, created: false };
  }

  async find(period: string, tx?: EntityManager): Promise<WorkOrderRunView | null> {
    const m = tx ?? this.db.manager;
    const run = await m.getRepository(WorkOrderRun).findOneBy({ period });
    if (!run) return null;
    const items = await m
      .getRepository(WorkOrderItem)
      .find({ where: { runId: run.id }, order: { complaintId: 'ASC' } });
    return toRunView(run, items);
  }

  /** Null when another request wrote the week first (seen inside the transaction on SQLite). */
  private async write(
    tx: EntityManager,
    { span, tier, seed, complaints, population, result, now }: Drawn,
    actor: Principal | null,
  ): Promise<WorkOrderRunView | null> {
    if (await tx.getRepository(WorkOrderRun).existsBy({ period: span.period })) return null;
    const flagged = result.items.filter((i) => i.reason === 'flagged').length;
    const run = await tx.getRepository(WorkOrderRun).save(
      tx.getRepository(WorkOrderRun).create({
        period: span.period,
        periodStart: new Date(span.startUtc),
        periodEnd: new Date(span.endUtc),
        seed,
        algorithm: DRAW_ALGORITHM,
        ratePpm: tier.ratePpm,
        reviewerRole: tier.reviewerRole,
        populationSize: result.populationSize,
        quota: result.quota,
        sampleSize: result.items.length,
        randomCount: result.items.length - flagged,
        flaggedCount: flagged,
        population: encodePopulation(population),
        createdAt: now,
        createdById: actor?.id ?? null,
        createdByName: actor?.name ?? 'scheduler',
      }),
    );
    const byId = new Map(complaints.map((c) => [c.id, c]));
    const picked = result.items.map((i) => byId.get(Number(i.callId))!);
    const assignees = await this.assignment.assign(tx, picked, tier.reviewerRole);
    const dueAt = reviewDueAt(now, tier.dueBusinessDays, this.config.timeZone);
    const rows = picked.map((c, k) => ({
      runId: run.id,
      period: span.period,
      complaintId: c.id,
      handlerId: c.ownerId,
      handlerName: c.ownerName,
      reason: result.items[k].reason === 'flagged' ? ('flagged' as const) : ('random' as const),
      flags: flagsOf(c),
      assigneeId: assignees[k]?.id ?? null,
      assigneeName: assignees[k]?.name ?? null,
      dueAt,
      status: 'open' as const,
      createdAt: now,
    }));
    if (rows.length > 0) await tx.getRepository(WorkOrderItem).insert(rows);
    return this.find(span.period, tx);
  }
}

function flagsOf(c: ClosedComplaint): string | null {
  const flags = [...(c.reopenCount > 0 ? ['reopened'] : []), ...c.missedLimits];
  return flags.length ? flags.join(',') : null;
}
