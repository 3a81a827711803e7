import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { RedisMonitor } from '../../common/redis/redis-monitor.js';
import { AppConfig } from '../../config/app-config.js';
import { PeriodicJobs, type PeriodicJob } from '../../database/periodic-jobs.js';
import { PendingJobsReconciler } from './reconciler.js';

/**
 * Worker roles only: reconciles at start, whenever Redis comes back, and every
 * RECONCILE_INTERVAL_SECONDS (a PeriodicJob: one worker per interval slot).
 */
@Injectable()
export class ReconcileSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TrialsReconciler');
  private stopped = false;

  constructor(
    private readonly reconciler: PendingJobsReconciler,
    private readonly periodic: PeriodicJobs,
    private readonly monitor: RedisMonitor,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const everySeconds = this.config.reconcileIntervalSeconds;
    this.monitor.onChange((state) => {
      if (state === 'up') void this.run('Redis is back');
    });
    const job: PeriodicJob<void> = {
      name: 'trials-reconcile',
      schedule: { everySeconds },
      tickOf: (now) => String(Math.floor(now.getTime() / (everySeconds * 1_000))),
      run: () => this.run('interval'),
      describe: () => undefined,
      whenFailed: 'the next interval retries',
    };
    this.periodic.schedule(job);
    // The monitor has seen Redis once by now; if it was down, the 'up' change above starts the pass.
    if (this.monitor.state === 'up') void this.run('start');
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.reconciler.idle();
  }

  private async run(why: string): Promise<void> {
    if (this.stopped) return;
    try {
      await this.reconciler.reconcile();
    } catch (err) {
      this.logger.warn(`Reconcile (${why}) failed: ${(err as Error).message}`);
    }
  }
}
