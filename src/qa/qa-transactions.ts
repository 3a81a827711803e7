import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs QA writes in one transaction each. On SQLite, overlapping transactions
 * are queued by the database module (see SqliteTransactionQueue); on PostgreSQL
 * they run concurrently and unique keys settle races.
 */
@Injectable()
export class QaTransactions {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  run<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
