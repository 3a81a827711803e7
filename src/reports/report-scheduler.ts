import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { AppConfig } from '../config/app-config.js';
import { SchedulerLock } from '../database/scheduler-lock.js';
import { missedWeeks, previousWeek } from './domain/week.js';
import { ReportSnapshotsService } from './snapshots/report-snapshots.service.js';

/** Monday 03:00 in CENTRE_TZ: after the QA draws of 01:00 and 02:00. */
export const WEEKLY_REPORT_CRON = '0 0 3 * * 1';
const JOB = 'reports.weekly';

/**
 * Stores last week's report every Monday, in worker processes only (the
 * schedule registry exists only where ScheduleModule is loaded). A tick is
 * claimed through SchedulerLock, so one worker generates it. At start each
 * worker fills weeks missed while nothing ran; the unique (week, revision)
 * key stops two of them storing the same revision.
 */
@Injectable()
export class ReportScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReportScheduler.name);

  constructor(
    private readonly config: AppConfig,
    private readonly snapshots: ReportSnapshotsService,
    private readonly lock: SchedulerLock,
    @Optional() private readonly registry?: SchedulerRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runsWorkers || !this.registry) return;
    try {
      const stored = await this.catchUp(new Date());
      if (stored.length)
        this.logger.log(`Stored missed weekly reports at start: ${stored.join(', ')}`);
    } catch (err) {
      this.logger.error({ err }, 'Weekly report catch-up failed; the next Monday tick retries');
    }
    const job = CronJob.from({
      cronTime: WEEKLY_REPORT_CRON,
      timeZone: this.config.timeZone,
      start: true,
      onTick: () => void this.safeTick(),
    });
    this.registry.addCronJob(JOB, job);
  }

  onApplicationShutdown(): void {
    if (this.registry?.doesExist('cron', JOB)) this.registry.deleteCronJob(JOB);
  }

  /** Stores every complete week without a snapshot, up to last week; returns the weeks stored. */
  async catchUp(now: Date): Promise<string[]> {
    const tz = this.config.timeZone;
    const last = await this.snapshots.lastSnapshottedUpTo(previousWeek(now, tz));
    const stored: string[] = [];
    for (const week of missedWeeks(last, now, tz)) {
      const { created } = await this.snapshots.revise(week, null, {
        ifMissing: true,
        now,
        reason: 'weekly schedule',
      });
      if (created) stored.push(week);
    }
    return stored;
  }

  /** One Monday tick: [] when another worker claimed it. */
  async tick(now: Date): Promise<string[]> {
    if (!(await this.lock.claim(JOB, previousWeek(now, this.config.timeZone)))) return [];
    return this.catchUp(now);
  }

  private async safeTick(): Promise<void> {
    try {
      const stored = await this.tick(new Date());
      if (stored.length) this.logger.log(`Stored weekly report ${stored.join(', ')}`);
    } catch (err) {
      this.logger.error(
        { err },
        'Scheduled weekly report failed; POST …/revisions stores it by hand',
      );
    }
  }
}
