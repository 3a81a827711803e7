import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/access/principal.js';
import { inField, InvalidInputError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { isConcurrencyConflict } from '../../database/scheduler-lock.js';
import {
  drawSample,
  newSeed,
  parsePeriod,
  type SamplingTier,
  type TierPeriod,
} from '../domain/index.js';
import type { TierPlan } from '../tiers/tier-plan.js';
import { TiersService } from '../tiers/tiers.service.js';
import { QaForbiddenError } from '../qa.errors.js';
import { QaTransactions } from '../qa-transactions.js';
import { PopulationLoader } from './population-loader.js';
import { RunQueries } from './run-queries.js';
import type { RunView } from './run-view.js';
import { type Drawn, RunWriter } from './run-writer.js';

export interface DrawOutcome {
  run: RunView;
  created: boolean;
}

/**
 * Draws a tier's sample for a period, once: the unique (tier, period) key
 * decides between concurrent requests and workers, and the losers answer with
 * the winner's run. The population is loaded and drawn outside the write
 * transaction; the run, its population and its assigned items are written in one.
 */
@Injectable()
export class SamplingService {
  constructor(
    private readonly tiers: TiersService,
    private readonly loader: PopulationLoader,
    private readonly queries: RunQueries,
    private readonly writer: RunWriter,
    private readonly transactions: QaTransactions,
    private readonly config: AppConfig,
  ) {}

  /** `actor` null is the scheduler. */
  async draw(
    tier: SamplingTier,
    period: string,
    actor: Principal | null,
    now = new Date(),
  ): Promise<DrawOutcome> {
    const plan = await this.tiers.callTier(tier);
    const span = this.span(plan, period);
    if (Date.parse(span.startUtc) > now.getTime())
      throw new InvalidInputError(`period: ${span.period} has not started yet`);
    // A run is stored for good (one per tier and period), so drawing a period that
    // is still going would leave its later calls undrawable: the caller (or the
    // scheduler, which only draws periods already over) waits until it has ended.
    if (Date.parse(span.endUtc) > now.getTime())
      throw new InvalidInputError(
        `period: ${span.period} has not ended yet (ends ${span.endUtc}); draw it once it is over`,
      );
    if (actor) assertMayDraw(actor, plan);
    const existing = await this.queries.find(tier, span.period);
    if (existing) return { run: await this.queries.detail(existing.id), created: false };

    const population = await this.loader.load(span);
    const seed = newSeed();
    const result = drawSample({ seed, rate: plan.rate, population });
    const drawn: Drawn = { span, plan, seed, population, result, now };
    try {
      const stored = await this.transactions.run((tx) => this.writer.write(tx, drawn, actor));
      if (typeof stored === 'number')
        return { run: await this.queries.detail(stored), created: false };
      return { run: stored, created: true };
    } catch (err) {
      if (!isConcurrencyConflict(err)) throw err;
      const winner = await this.queries.find(tier, span.period);
      if (!winner) throw err;
      return { run: await this.queries.detail(winner.id), created: false };
    }
  }

  private span(plan: TierPlan, period: string): TierPeriod {
    const tz = this.config.timeZone;
    return {
      tier: plan.tier,
      ...inField('period', () => parsePeriod(plan.periodKind, period, tz)),
    };
  }
}

/** Supervisors and admins draw any tier; other reviewers only the tier their role reviews. */
function assertMayDraw(actor: Principal, plan: TierPlan): void {
  if (actor.role === 'admin' || actor.role === 'supervisor') return;
  if (actor.role !== plan.reviewerRole)
    throw new QaForbiddenError(`${actor.role} may not draw the ${plan.tier} tier`);
}
