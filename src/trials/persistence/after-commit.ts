import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { ConfirmationQueue } from '../jobs/confirmation-queue.js';
import { emptyWork, mergeWork, type QueueWork } from '../jobs/queue-work.js';

/**
 * Queue work must reach Redis only once the rows it points at are committed,
 * including when the trial rows were written inside another module's
 * transaction (a stored call, a blacklisting). Work is collected per query
 * runner and written when the outermost transaction commits, or dropped on
 * rollback. The commit waits for the write, which is itself bounded by a short
 * timeout and never throws, so a slow Redis cannot fail a committed request.
 */
@Injectable()
export class AfterCommit implements OnModuleInit {
  private readonly pending = new WeakMap<QueryRunner, QueueWork>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: ConfirmationQueue,
  ) {}

  onModuleInit(): void {
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: ({ queryRunner }) => this.flush(queryRunner),
      afterTransactionRollback: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive) this.pending.delete(queryRunner);
      },
    };
    this.db.subscribers.push(subscriber);
  }

  /** Writes the work after the transaction of `manager` commits (at once outside a transaction). */
  async defer(manager: EntityManager, work: QueueWork): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      await this.queue.apply(work);
      return;
    }
    const existing = this.pending.get(runner) ?? emptyWork();
    this.pending.set(runner, mergeWork(existing, work));
  }

  private async flush(runner: QueryRunner): Promise<void> {
    if (runner.isTransactionActive) return;
    const work = this.pending.get(runner);
    if (!work) return;
    this.pending.delete(runner);
    await this.queue.apply(work);
  }
}
