import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { PeriodicJobs, type PeriodicJob } from '../database/periodic-jobs.js';
import { missedWeeks, previousWeek } from './domain/week.js';
import { ReportSnapshotsService } from './snapshots/report-snapshots.service.js';

/** Monday 03:00 in CENTRE_TZ: after the QA draws of 01:00 and 02:00. */
export const WEEKLY_REPORT_CRON = '0 0 3 * * 1';

/**
 * Stores last week's report every Monday (a PeriodicJob: one worker per tick).
 * At start each worker fills weeks missed while nothing ran; the unique
 * (week, revision) key stops two of them storing the same revision.
 */
@Injectable()
export class ReportScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReportScheduler.name);
  private readonly job: PeriodicJob<string[]> = {
    name: 'reports.weekly',
    schedule: { cron: WEEKLY_REPORT_CRON },
    tickOf: (now) => previousWeek(now, this.config.timeZone),
    run: (now) => this.catchUp(now),
    describe: (stored) => (stored.length ? `stored weekly report ${stored.join(', ')}` : undefined),
    whenFailed: 'POST …/revisions stores it by hand',
  };

  constructor(
    private readonly config: AppConfig,
    private readonly snapshots: ReportSnapshotsService,
    private readonly periodic: PeriodicJobs,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.periodic.schedules) return;
    try {
      const stored = await this.catchUp(new Date());
      if (stored.length)
        this.logger.log(`Stored missed weekly reports at start: ${stored.join(', ')}`);
    } catch (err) {
      this.logger.error({ err }, 'Weekly report catch-up failed; the next Monday tick retries');
    }
    this.periodic.schedule(this.job);
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
    return (await this.periodic.claimAndRun(this.job, now)) ?? [];
  }
}
