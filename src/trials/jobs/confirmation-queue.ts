import { InjectQueue } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueRegistry } from '../../common/redis/queue-registry.js';
import { RedisMonitor } from '../../common/redis/redis-monitor.js';
import { Clock } from '../clock.js';
import { CONFIRMATIONS_QUEUE } from './job-names.js';
import { ENQUEUE_CHUNK, ENQUEUE_TIMEOUT_MS } from './queue-options.js';
import type { JobSpec, QueueWork } from './queue-work.js';

export type ApplyResult = 'applied' | 'skipped' | 'timeout' | 'error';

/**
 * The only writer to the confirmations queue. Writes are best effort by design:
 * the database already holds the work, so when Redis is down or slow the caller
 * moves on and the reconciler enqueues what is missing.
 */
@Injectable()
export class ConfirmationQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ConfirmationQueue.name);

  constructor(
    @InjectQueue(CONFIRMATIONS_QUEUE) readonly queue: Queue,
    private readonly monitor: RedisMonitor,
    private readonly clock: Clock,
    registry: QueueRegistry,
  ) {
    registry.register(queue);
    queue.on('error', (err) => reportQueueError(this.logger, err));
  }

  /** A graceful close waits for Redis to answer; when it is down, drop the connection instead. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.monitor.state !== 'up') await this.queue.close();
  }

  async apply(work: QueueWork, timeoutMs = ENQUEUE_TIMEOUT_MS): Promise<ApplyResult> {
    if (work.add.length === 0 && work.remove.length === 0) return 'applied';
    if (this.monitor.state !== 'up') return 'skipped';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ApplyResult>((r) => (timer = setTimeout(r, timeoutMs, 'timeout')));
    const write = this.write(work).then(
      (): ApplyResult => 'applied',
      (err): ApplyResult => {
        this.logger.warn(`Enqueue failed (the reconciler will retry): ${err?.message ?? err}`);
        return 'error';
      },
    );
    try {
      return await Promise.race([write, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Removes obsolete jobs, then adds (BullMQ ignores an id it already holds). */
  async write(work: QueueWork): Promise<void> {
    const added = new Set(work.add.map((j) => j.id));
    const obsolete = [...new Set(work.remove)].filter((id) => !added.has(id));
    // A job that is running (locked) cannot be removed; it will find its row settled.
    await Promise.all(obsolete.map((id) => this.queue.remove(id).catch(() => 0)));
    for (let i = 0; i < work.add.length; i += ENQUEUE_CHUNK) {
      await this.queue.addBulk(work.add.slice(i, i + ENQUEUE_CHUNK).map((j) => this.toBulk(j)));
    }
  }

  /**
   * A marker the reconciler sets when it starts a full pass. Redis keeps
   * nothing on disk here, so a restart or FLUSHALL removes it, and the next
   * pass checks every open trial again.
   */
  async isFullyReconciled(): Promise<boolean> {
    const client = await this.queue.getBackend().client;
    return (await client.get(this.queue.toKey('reconciled'))) !== null;
  }

  async markFullyReconciled(at: Date): Promise<void> {
    const client = await this.queue.getBackend().client;
    await client.set(this.queue.toKey('reconciled'), at.toISOString());
  }

  /** The ids among these that Redis does not hold, checked in one pipelined round trip. */
  async missing(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const client = await this.queue.getBackend().client;
    const pipeline = client.pipeline();
    for (const id of ids) pipeline.runCommand('exists', [this.queue.toKey(id)]);
    const results = (await pipeline.exec()) ?? [];
    return ids.filter((_, i) => results[i]?.[1] === 0);
  }

  private toBulk(job: JobSpec) {
    const delay = job.runAt ? Math.max(0, job.runAt.getTime() - this.clock.now().getTime()) : 0;
    return { name: job.name, data: job.data, opts: { jobId: job.id, delay } };
  }
}

/** Connection errors are the RedisMonitor's to report (once per outage); anything else is logged. */
export function reportQueueError(logger: Logger, err: Error): void {
  if (
    !/ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|Connection is closed/.test(
      err.message,
    )
  ) {
    logger.warn(`Queue error: ${err.message}`);
  }
}
