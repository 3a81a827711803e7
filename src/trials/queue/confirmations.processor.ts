import { Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { RedisMonitor } from '../../common/redis/redis-monitor.js';
import { AppConfig } from '../../config/app-config.js';
import { reportQueueError } from '../jobs/confirmation-queue.js';
import { JobHandlers, throwIfFailed } from './job-handlers.js';
import { CONFIRMATIONS_QUEUE } from '../jobs/job-names.js';
import type { JobOutcome } from '../jobs/job-outcome.js';

/**
 * The worker for the confirmations queue; provided only in worker roles. One
 * job at a time on SQLite (one connection), several on PostgreSQL.
 */
@Processor(CONFIRMATIONS_QUEUE)
export class ConfirmationsProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(ConfirmationsProcessor.name);

  constructor(
    private readonly handlers: JobHandlers,
    private readonly config: AppConfig,
    private readonly monitor: RedisMonitor,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.database.type === 'postgres' ? 8 : 1;
    this.worker.on('error', (err) => reportQueueError(this.logger, err));
  }

  /** With Redis down a graceful close would wait for it forever: close without waiting. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.monitor.state !== 'up') await this.worker.close(true);
  }

  process(job: Job): Promise<JobOutcome> {
    return this.handlers.dispatch(job).then(throwIfFailed);
  }
}
