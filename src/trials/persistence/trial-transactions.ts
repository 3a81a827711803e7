import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { StaleTrialError } from './trial-writer.js';

const MAX_ATTEMPTS = 4;

/**
 * Runs a trial change in its own transaction. On PostgreSQL a concurrent change
 * to the same trial shows up as a version mismatch and the whole unit is re-run
 * on fresh rows. TypeORM's SQLite driver shares one connection, so two
 * transactions in flight would nest into each other; trial changes there are
 * queued one at a time instead.
 */
@Injectable()
export class TrialTransactions {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.serialised(async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await this.db.transaction(work);
        } catch (err) {
          if (!(err instanceof StaleTrialError) || attempt >= MAX_ATTEMPTS) throw err;
        }
      }
    });
  }

  private serialised<T>(fn: () => Promise<T>): Promise<T> {
    if (this.db.options.type !== 'sqlite') return fn();
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
