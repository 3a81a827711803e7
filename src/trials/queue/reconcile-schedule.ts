import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { RedisMonitor } from '../../common/redis/redis-monitor.js';
import { AppConfig } from '../../config/app-config.js';
import { SchedulerLock } from '../../database/scheduler-lock.js';
import { PendingJobsReconciler } from './reconciler.js';

const LOCK_NAME = 'trials-reconcile';

/**
 * Worker roles only: reconciles at start, whenever Redis comes back, and every
 * RECONCILE_INTERVAL_SECONDS (one worker per tick, through SchedulerLock).
 */
@Injectable()
export class ReconcileSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TrialsReconciler');
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly reconciler: PendingJobsReconciler,
    private readonly lock: SchedulerLock,
    private readonly monitor: RedisMonitor,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const intervalMs = this.config.reconcileIntervalSeconds * 1_000;
    this.monitor.onChange((state) => {
      if (state === 'up') void this.run('Redis is back');
    });
    this.timer = setInterval(() => void this.tick(intervalMs), intervalMs);
    this.timer.unref();
    // The monitor has seen Redis once by now; if it was down, the 'up' change above starts the pass.
    if (this.monitor.state === 'up') void this.run('start');
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.reconciler.idle();
  }

  private async tick(intervalMs: number): Promise<void> {
    const tick = String(Math.floor(Date.now() / intervalMs));
    try {
      if (await this.lock.claim(LOCK_NAME, tick)) await this.run('interval');
    } catch (err) {
      this.logger.warn(`Reconcile tick failed: ${(err as Error).message}`);
    }
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
