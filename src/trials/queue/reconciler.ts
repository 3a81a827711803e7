import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { RedisMonitor } from '../../common/redis/redis-monitor.js';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../clock.js';
import { OPEN_STATUSES } from '../delivery/due-confirmations.service.js';
import { OutboxEvent } from '../outbox-event.entity.js';
import { TrialJobs } from '../transitions/trial-jobs.service.js';
import { TrialStep } from '../trial-step.entity.js';
import { Trial } from '../trial.entity.js';
import { ConfirmationQueue } from '../jobs/confirmation-queue.js';
import { jobs, type JobSpec } from '../jobs/queue-work.js';
import { dueBy, wakeUpsOf } from './wake-ups.js';

const PAGE = 1_000;

export interface ReconcileReport {
  skipped?: string;
  /** Every open trial was checked (not only those due soon). */
  full?: boolean;
  timedOut: number;
  requeued: { wakeUps: number; webhooks: number; outbox: number };
}

/**
 * Makes Redis hold every job the database says is pending — each open trial's
 * next wake-up, unsent dialer webhooks, undelivered outbox events — (Redis
 * keeps nothing on disk here, so after a restart it holds none) and returns
 * steps stuck in `calling` past CALLING_TIMEOUT_MINUTES to the schedule.
 * Idempotent: job ids are deterministic and every handler re-checks its row.
 */
@Injectable()
export class PendingJobsReconciler {
  private readonly logger = new Logger('TrialsReconciler');
  private running: Promise<ReconcileReport> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: ConfirmationQueue,
    private readonly trialJobs: TrialJobs,
    private readonly monitor: RedisMonitor,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** One pass; a call while a pass is running shares it. */
  reconcile(): Promise<ReconcileReport> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async pass(): Promise<ReconcileReport> {
    const requeued = { wakeUps: 0, webhooks: 0, outbox: 0 };
    if (this.monitor.state !== 'up') return { skipped: 'Redis is down', timedOut: 0, requeued };
    const timedOut = await this.timeOutStuckSteps();
    const wakeUps = await this.requeueWakeUps();
    requeued.wakeUps = wakeUps.added;
    if (this.config.confirmationWebhookUrl) {
      const unsent = this.steps(['calling']).andWhere('s.dialerNotifiedAt IS NULL');
      requeued.webhooks = await this.sweep(unsent, (page) =>
        page.map((s) => jobs.webhook({ trialId: s.trialId, step: s.step, attempt: s.attempt })),
      );
    }
    requeued.outbox = await this.sweep(
      this.db.getRepository(OutboxEvent).createQueryBuilder('s').where("s.status = 'pending'"),
      (page) => page.map((o) => jobs.outbox({ outboxId: o.id })),
    );
    const total = Object.values(requeued).reduce((a, b) => a + b, 0);
    if (total + timedOut > 0) {
      this.logger.log(`Re-queued ${JSON.stringify(requeued)}; ${timedOut} step(s) timed out`);
    }
    return { full: wakeUps.full, timedOut, requeued };
  }

  /**
   * Open trials' next wake-ups: all of them when Redis may have lost its data
   * (no marker: first pass, or Redis restarted or flushed), otherwise only
   * those falling due within two intervals, so every pending step and gate is
   * in Redis before it is due while a pass stays cheap with a million trials.
   */
  private async requeueWakeUps(): Promise<{ added: number; full: boolean }> {
    const full = !(await this.queue.isFullyReconciled());
    if (full) await this.queue.markFullyReconciled(this.clock.now());
    const horizon = new Date(
      this.clock.now().getTime() + 2 * this.config.reconcileIntervalSeconds * 1_000,
    );
    const open = this.db
      .getRepository(Trial)
      .createQueryBuilder('s')
      .select(['s.id', 's.status'])
      .where('s.status IN (:...open)', { open: OPEN_STATUSES });
    if (!full) dueBy(open, horizon);
    return { added: await this.sweep(open, (page) => wakeUpsOf(this.db.manager, page)), full };
  }

  private steps(statuses: string[]) {
    return this.db
      .getRepository(TrialStep)
      .createQueryBuilder('s')
      .innerJoin(Trial, 't', 't.id = s.trialId')
      .where('s.status IN (:...statuses)', { statuses })
      .andWhere('t.status IN (:...open)', { open: OPEN_STATUSES });
  }

  /** Pages through rows by id and adds the jobs Redis lacks. */
  private async sweep<T extends { id: number }>(
    query: SelectQueryBuilder<T>,
    toJobs: (page: T[]) => JobSpec[] | Promise<JobSpec[]>,
  ): Promise<number> {
    let added = 0;
    for (let after = 0; ;) {
      const page = await query
        .clone()
        .andWhere('s.id > :after', { after })
        .orderBy('s.id')
        .limit(PAGE)
        .getMany();
      if (page.length === 0) return added;
      const specs = await toJobs(page);
      const missing = new Set(await this.queue.missing(specs.map((s) => s.id)));
      const add = specs.filter((s) => missing.has(s.id));
      if (add.length > 0) await this.queue.write({ add, remove: [] });
      added += add.length;
      after = page[page.length - 1].id;
    }
  }

  private async timeOutStuckSteps(): Promise<number> {
    const cutoff = new Date(
      this.clock.now().getTime() - this.config.callingTimeoutMinutes * 60_000,
    );
    const stuck = await this.steps(['calling'])
      .andWhere('s.callingSince < :cutoff', { cutoff: cutoff.toISOString() })
      .getMany();
    let count = 0;
    for (const s of stuck) {
      const outcome = await this.trialJobs.callTimeout({
        trialId: s.trialId,
        step: s.step,
        attempt: s.attempt,
      });
      if (outcome.status === 'done') count += 1;
    }
    return count;
  }
}
