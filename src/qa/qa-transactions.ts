import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs QA writes in a transaction. On SQLite TypeORM shares one connection and
 * one query runner, so two overlapping `transaction()` calls nest as savepoints
 * of each other and one's rollback can undo the other's commit; QA's writes are
 * therefore queued one after another there. PostgreSQL gets real concurrent
 * transactions, and unique keys settle races.
 */
@Injectable()
export class QaTransactions {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  run<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    if (this.db.options.type !== 'sqlite') return this.db.transaction(work);
    const next = this.tail.then(() => this.db.transaction(work));
    this.tail = next.catch(() => undefined);
    return next;
  }
}
