import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource } from 'typeorm';

/**
 * On SQLite TypeORM shares one connection and one query runner, so two
 * overlapping `transaction()` calls nest as savepoints of each other and one
 * request's rollback can undo another's commit. Here every root-level
 * transaction waits for the previous one. A transaction started from inside
 * another (a listener that did not use the given manager) runs at once rather
 * than waiting for itself. PostgreSQL is left alone: it has real concurrency.
 */
@Injectable()
export class SqliteTransactionQueue implements OnModuleInit {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onModuleInit(): void {
    if (this.db.options.type !== 'sqlite') return;
    const manager = this.db.manager;
    const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
    const inside = new AsyncLocalStorage<true>();
    let tail: Promise<unknown> = Promise.resolve();
    manager.transaction = ((...args: unknown[]) => {
      if (inside.getStore()) return original(...args);
      const next = tail.then(() => inside.run(true, () => original(...args)));
      tail = next.catch(() => undefined);
      return next;
    }) as typeof manager.transaction;
  }
}
