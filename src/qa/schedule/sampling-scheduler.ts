import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { PeriodicJobs, type PeriodicJob } from '../../database/periodic-jobs.js';
import { missedPeriods, previousPeriod, type SamplingTier } from '../domain/index.js';
import { SamplingService } from '../sampling/sampling.service.js';
import type { TierPlan } from '../tiers/tier-plan.js';
import { TiersService } from '../tiers/tiers.service.js';

/** How often a worker re-reads the tier rows for schedule changes. */
const RESYNC_MS = 60_000;

const drawJobName = (tier: SamplingTier) => `qa.draw.${tier}`;

/** A tier's firing depends on its cron and on the period it draws. */
const scheduleOf = (plan: TierPlan) => `${plan.schedule} ${plan.periodKind}`;

/**
 * Scheduled draws, one PeriodicJob per call tier row with a schedule (its cron,
 * read in CENTRE_TZ; one worker claims each tick); a tick draws every complete
 * period not drawn yet, so a missed tick is caught up at the next. At start each
 * worker reads the tier rows and catches up without the lock: a tick claimed by
 * a worker that died mid-draw must still be drawn, and the unique (tier, period)
 * key stops doubles. Every worker re-reads the rows each minute, so a tier added,
 * rescheduled or unscheduled (POST/PUT /api/qa/tiers, from any process) fires on
 * its new schedule without a restart.
 */
@Injectable()
export class SamplingScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SamplingScheduler.name);
  /** The tiers this process fires, by the schedule they were scheduled with. */
  private readonly firing = new Map<SamplingTier, string>();
  private resync: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly sampling: SamplingService,
    private readonly tiers: TiersService,
    private readonly periodic: PeriodicJobs,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  get enabled(): boolean {
    return this.periodic.schedules && this.config.qaScheduler;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const drawn = await this.catchUp(new Date());
    const all = Object.values(drawn).flat();
    if (all.length > 0) this.logger.log(`Drew missed QA periods at start: ${all.join(', ')}`);
    await this.syncSchedules();
    this.resync = setInterval(() => {
      this.syncSchedules().catch((err: unknown) =>
        this.logger.error({ err }, 'QA tier schedules not re-read; retried in a minute'),
      );
    }, RESYNC_MS);
    this.resync.unref();
  }

  onApplicationShutdown(): void {
    if (this.resync) clearInterval(this.resync);
  }

  /** Fires each scheduled tier row on its current schedule; returns the tiers (re)scheduled. */
  async syncSchedules(): Promise<SamplingTier[]> {
    const plans = new Map((await this.scheduled()).map((p) => [p.tier, p]));
    for (const [tier, was] of this.firing) {
      if (plans.get(tier) && scheduleOf(plans.get(tier)!) === was) plans.delete(tier);
      else {
        this.periodic.unschedule(drawJobName(tier));
        this.firing.delete(tier);
      }
    }
    for (const plan of plans.values()) {
      this.periodic.schedule(this.drawJob(plan));
      this.firing.set(plan.tier, scheduleOf(plan));
    }
    return [...plans.keys()];
  }

  /** Every scheduled tier's missed periods, by tier id. */
  async catchUp(now: Date): Promise<Record<SamplingTier, string[]>> {
    const drawn: Record<SamplingTier, string[]> = {};
    for (const plan of await this.scheduled()) drawn[plan.tier] = await this.drawMissed(plan, now);
    return drawn;
  }

  /** One cron tick; returns the periods this process drew (none when another worker claimed it). */
  async tick(tier: SamplingTier, now: Date): Promise<string[]> {
    const job = this.drawJob(await this.tiers.callTier(tier));
    return (await this.periodic.claimAndRun(job, now)) ?? [];
  }

  private async scheduled(): Promise<TierPlan[]> {
    return (await this.tiers.callTiers()).filter((t) => t.schedule !== null);
  }

  private drawJob(plan: TierPlan): PeriodicJob<string[]> {
    return {
      name: drawJobName(plan.tier),
      schedule: { cron: plan.schedule ?? '' },
      tickOf: (now) => previousPeriod(plan.periodKind, now, this.config.timeZone).period,
      run: (now) => this.drawMissed(plan, now),
      describe: (drawn) =>
        drawn.length > 0 ? `drew ${plan.tier} QA sample for ${drawn.join(', ')}` : undefined,
      whenFailed: 'it is retried at the next tick, or POST /api/qa/sampling-runs draws the period',
    };
  }

  private async drawMissed(plan: TierPlan, now: Date): Promise<string[]> {
    const last = await this.lastComplete(plan.tier, now);
    const periods = missedPeriods(plan.periodKind, last, now, this.config.timeZone);
    const drawn: string[] = [];
    for (const { period } of periods) {
      const { created } = await this.sampling.draw(plan.tier, period, null, now);
      if (created) drawn.push(period);
    }
    return drawn;
  }

  /** The latest drawn period that is over: a current period drawn early by hand does not hide missed ones. */
  private async lastComplete(tier: SamplingTier, now: Date): Promise<string | null> {
    const row = await this.db
      .createQueryBuilder()
      .select('MAX(r.period)', 'period')
      .from('qa_sampling_runs', 'r')
      .where('r.tier = :tier AND r.period_end <= :now', { tier, now: now.toISOString() })
      .getRawOne<{ period: string | null }>();
    return row?.period ?? null;
  }
}
