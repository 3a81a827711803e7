import { Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { ConflictError, DomainError, NotFoundError } from '../common/errors.js';
import { QueueRegistry } from '../common/redis/queue-registry.js';
import { RedisMonitor } from '../common/redis/redis-monitor.js';
import type { FailedJobView, QueuesOverviewView, RetriedJobsView } from './queues-admin-view.js';

const TIMEOUT_MS = 2_000;
const STATES = ['waiting', 'delayed', 'active', 'failed', 'completed'] as const;

/** What an operator sees of the queues: counts per state, failed jobs with their errors, retry. */
@Injectable()
export class QueuesAdminService {
  constructor(
    private readonly registry: QueueRegistry,
    private readonly monitor: RedisMonitor,
  ) {}

  async overview(): Promise<QueuesOverviewView> {
    const queues = await Promise.all(
      this.registry.all().map(async (q) => ({
        name: q.name,
        counts: await this.bounded(q.getJobCounts(...STATES)).catch(() => 'unavailable' as const),
      })),
    );
    return { redis: this.monitor.state, queues };
  }

  async failed(name: string, limit = 50): Promise<FailedJobView[]> {
    const jobs = await this.bounded(this.queue(name).getFailed(0, limit - 1));
    return jobs.map(failedView);
  }

  /** Retries one failed job, or all of them when no id is given; returns the ids retried. */
  async retry(name: string, jobId?: string): Promise<RetriedJobsView> {
    const queue = this.queue(name);
    if (!jobId) {
      const failed = await this.bounded(queue.getFailed(0, -1));
      await this.bounded(Promise.all(failed.map((j) => j.retry('failed'))));
      return { retried: failed.map((j) => String(j.id)) };
    }
    const job = await this.bounded(queue.getJob(jobId));
    if (!job) throw new NotFoundError(`job ${jobId} in queue ${name}`);
    const state = await this.bounded(job.getState());
    if (state !== 'failed') throw new ConflictError(`job ${jobId} is ${state}, not failed`);
    await this.bounded(job.retry('failed'));
    return { retried: [jobId] };
  }

  private queue(name: string): Queue {
    const queue = this.registry.all().find((q) => q.name === name);
    if (!queue) throw new NotFoundError(`queue ${name}`);
    return queue;
  }

  /** Redis down or slow is a 503 with a reason, never a hanging request. */
  private async bounded<T>(work: Promise<T>): Promise<T> {
    if (this.monitor.state !== 'up')
      throw new DomainError('unavailable', 'REDIS_UNAVAILABLE', 'Redis is down');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new DomainError('unavailable', 'REDIS_UNAVAILABLE', 'Redis did not answer in time'),
          ),
        TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function failedView(job: Job): FailedJobView {
  return {
    id: job.id,
    name: job.name,
    data: job.data,
    failedReason: job.failedReason,
    attemptsMade: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    stack: job.stacktrace?.at(-1) ?? null,
  };
}
