import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { localDateOf } from '../common/time/local-date.js';
import { AppConfig } from '../config/app-config.js';
import { PeriodicJobs, type PeriodicJob } from '../database/periodic-jobs.js';
import { RetentionPurge, type PurgeOutcome } from './retention-purge.service.js';

/** Daily 04:30 in CENTRE_TZ: after the QA draws and the weekly report, before the day's work. */
export const RETENTION_PURGE_CRON = '0 30 4 * * *';

/** The scheduled purge: a PeriodicJob, so workers only, one of them per day. */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  readonly job: PeriodicJob<PurgeOutcome> = {
    name: 'retention.purge',
    schedule: { cron: RETENTION_PURGE_CRON },
    tickOf: (now) => localDateOf(now, this.config.timeZone),
    run: (now) => this.purge.run({ dryRun: false, now }),
    describe: (o) => {
      const gone = o.classes.filter((c) => c.removed > 0);
      return gone.length
        ? `purged ${gone.map((c) => `${c.dataClass} ${c.removed}`).join(', ')}`
        : undefined;
    },
    whenFailed: 'the next day retries; an admin may POST /api/retention/purge',
  };

  constructor(
    private readonly config: AppConfig,
    private readonly purge: RetentionPurge,
    private readonly periodic: PeriodicJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.schedule(this.job);
  }
}
