import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { PeriodicJobs, type PeriodicJob } from '../../database/periodic-jobs.js';
import {
  missedPeriods,
  previousDailyPeriod,
  previousWeeklyPeriod,
  type SamplingTier,
} from '../domain/index.js';
import { SamplingService } from '../sampling/sampling.service.js';

/** Local times (CENTRE_TZ): yesterday's daily draw at 01:00, last week's on Monday at 02:00. */
const CRON: Record<SamplingTier, string> = { daily: '0 0 1 * * *', weekly: '0 0 2 * * 1' };

/**
 * Scheduled draws, one PeriodicJob per tier (one worker claims each tick); a
 * tick draws every complete period not drawn yet, so a missed tick is caught up
 * at the next. At start each worker catches up without the lock: a tick claimed
 * by a worker that died mid-draw must still be drawn, and the unique
 * (tier, period) key stops doubles.
 */
@Injectable()
export class SamplingScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(SamplingScheduler.name);
  private readonly jobs: Record<SamplingTier, PeriodicJob<string[]>> = {
    daily: this.drawJob('daily'),
    weekly: this.drawJob('weekly'),
  };

  constructor(
    private readonly config: AppConfig,
    private readonly sampling: SamplingService,
    private readonly periodic: PeriodicJobs,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  get enabled(): boolean {
    return this.periodic.schedules && this.config.qaScheduler;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const drawn = await this.catchUp(new Date());
    const all = [...drawn.daily, ...drawn.weekly];
    if (all.length > 0) this.logger.log(`Drew missed QA periods at start: ${all.join(', ')}`);
    this.periodic.schedule(this.jobs.daily);
    this.periodic.schedule(this.jobs.weekly);
  }

  async catchUp(now: Date): Promise<Record<SamplingTier, string[]>> {
    return {
      daily: await this.drawMissed('daily', now),
      weekly: await this.drawMissed('weekly', now),
    };
  }

  /** One cron tick; returns the periods this process drew (none when another worker claimed it). */
  async tick(tier: SamplingTier, now: Date): Promise<string[]> {
    return (await this.periodic.claimAndRun(this.jobs[tier], now)) ?? [];
  }

  private drawJob(tier: SamplingTier): PeriodicJob<string[]> {
    const previous = tier === 'daily' ? previousDailyPeriod : previousWeeklyPeriod;
    return {
      name: `qa.draw.${tier}`,
      schedule: { cron: CRON[tier] },
      tickOf: (now) => previous(now, this.config.timeZone).period,
      run: (now) => this.drawMissed(tier, now),
      describe: (drawn) =>
        drawn.length > 0 ? `drew ${tier} QA sample for ${drawn.join(', ')}` : undefined,
      whenFailed: 'it is retried at the next tick',
    };
  }

  private async drawMissed(tier: SamplingTier, now: Date): Promise<string[]> {
    const periods = missedPeriods(
      tier,
      await this.lastComplete(tier, now),
      now,
      this.config.timeZone,
    );
    const drawn: string[] = [];
    for (const { period } of periods) {
      const { created } = await this.sampling.draw(tier, period, null, now);
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
