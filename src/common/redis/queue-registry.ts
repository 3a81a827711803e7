import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

export interface QueueDepth {
  waiting: number;
  delayed: number;
  active: number;
  failed: number;
}

/** Queues report their depth to /api/health through this registry. */
@Injectable()
export class QueueRegistry {
  private readonly queues = new Map<string, Queue>();

  register(queue: Queue): void {
    this.queues.set(queue.name, queue);
  }

  all(): Queue[] {
    return [...this.queues.values()];
  }

  async depths(timeoutMs: number): Promise<Record<string, QueueDepth | 'unavailable'>> {
    const entries = await Promise.all(
      this.all().map(async (q) => {
        const counts = await withTimeout(
          q.getJobCounts('waiting', 'delayed', 'active', 'failed'),
          timeoutMs,
        );
        return [q.name, counts ? (counts as unknown as QueueDepth) : 'unavailable'] as const;
      }),
    );
    return Object.fromEntries(entries);
  }
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([p.catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
