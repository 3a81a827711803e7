import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { StaleTrialError } from './trial-writer.js';

const MAX_ATTEMPTS = 4;

/**
 * Runs a trial change in its own transaction. On PostgreSQL a concurrent change
 * to the same trial shows up as a version mismatch (StaleTrialError) and the
 * whole unit is re-run on fresh rows. On SQLite, overlapping transactions are
 * already queued app-wide (src/database/sqlite-transactions.ts).
 */
@Injectable()
export class TrialTransactions {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.db.transaction(work);
      } catch (err) {
        if (!(err instanceof StaleTrialError) || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }
}
