import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { PeriodicJobs, type PeriodicJob } from '../../database/periodic-jobs.js';
import { missedPeriods, previousWeeklyPeriod } from '../domain/index.js';
import { TiersService } from '../tiers/tiers.service.js';
import { WorkOrderDrawService } from './work-order-draw.service.js';

/**
 * Last week's work-order draw at the work_order tier row's schedule (Monday
 * 02:30 local time, after the call tiers' draws; read at start), in worker
 * processes only, like SamplingScheduler: a tick draws every ended week not
 * drawn yet, and the unique period key stops doubles.
 */
@Injectable()
export class WorkOrderScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkOrderScheduler.name);
  readonly job: PeriodicJob<string[]> = this.jobAt('0 30 2 * * 1');

  private jobAt(cron: string): PeriodicJob<string[]> {
    return {
      name: 'qa.draw.work_order',
      schedule: { cron },
      tickOf: (now) => previousWeeklyPeriod(now, this.config.timeZone).period,
      run: (now) => this.drawMissed(now),
      describe: (drawn) =>
        drawn.length > 0 ? `drew work-order QA sample for ${drawn.join(', ')}` : undefined,
      whenFailed: 'it is retried at the next tick, or POST /api/qa/work-orders/runs draws the week',
    };
  }

  constructor(
    private readonly config: AppConfig,
    private readonly draws: WorkOrderDrawService,
    private readonly periodic: PeriodicJobs,
    private readonly tiers: TiersService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.periodic.schedules || !this.config.qaScheduler) return;
    const drawn = await this.drawMissed(new Date());
    if (drawn.length > 0)
      this.logger.log(`Drew missed work-order weeks at start: ${drawn.join(', ')}`);
    const { schedule } = await this.tiers.get('work_order');
    if (schedule) this.periodic.schedule(this.jobAt(schedule));
  }

  async drawMissed(now: Date): Promise<string[]> {
    const row = await this.db
      .createQueryBuilder()
      .select('MAX(r.period)', 'period')
      .from('qa_work_order_runs', 'r')
      .getRawOne<{ period: string | null }>();
    const drawn: string[] = [];
    for (const { period } of missedPeriods(
      'week',
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
