import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { PeriodicJobs, type PeriodicJob } from '../../database/periodic-jobs.js';
import { missedPeriods, previousWeeklyPeriod } from '../domain/index.js';
import { WorkOrderDrawService } from './work-order-draw.service.js';

/**
 * Last week's work-order draw, Monday 02:30 local time (after the call tiers'
 * draws), in worker processes only, like SamplingScheduler: a tick draws every
 * ended week not drawn yet, and the unique period key stops doubles.
 */
@Injectable()
export class WorkOrderScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkOrderScheduler.name);
  readonly job: PeriodicJob<string[]> = {
    name: 'qa.draw.work_order',
    schedule: { cron: '0 30 2 * * 1' },
    tickOf: (now) => previousWeeklyPeriod(now, this.config.timeZone).period,
    run: (now) => this.drawMissed(now),
    describe: (drawn) =>
      drawn.length > 0 ? `drew work-order QA sample for ${drawn.join(', ')}` : undefined,
    whenFailed: 'it is retried at the next tick, or POST /api/qa/work-orders/runs draws the week',
  };

  constructor(
    private readonly config: AppConfig,
    private readonly draws: WorkOrderDrawService,
    private readonly periodic: PeriodicJobs,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.periodic.schedules || !this.config.qaScheduler) return;
    const drawn = await this.drawMissed(new Date());
    if (drawn.length > 0)
      this.logger.log(`Drew missed work-order weeks at start: ${drawn.join(', ')}`);
    this.periodic.schedule(this.job);
  }

  async drawMissed(now: Date): Promise<string[]> {
    const row = await this.db
      .createQueryBuilder()
      .select('MAX(r.period)', 'period')
      .from('qa_work_order_runs', 'r')
      .getRawOne<{ period: string | null }>();
    const drawn: string[] = [];
    for (const { period } of missedPeriods(
      'weekly',
      row?.period ?? null,
      now,
      this.config.timeZone,
    )) {
      const { created } = await this.draws.draw(period, null, now);
      if (created) drawn.push(period);
    }
    return drawn;
  }
}
