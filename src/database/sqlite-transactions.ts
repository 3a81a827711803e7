import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isPlainRead, SqliteReader } from './sqlite-reader.js';

type Work<T> = () => Promise<T>;

// EntityManager methods that open a transaction of their own on the shared query runner.
const IMPLICIT_TRANSACTIONS = ['save', 'remove', 'softRemove', 'recover'] as const;

/**
 * On SQLite TypeORM shares one connection and one query runner between all
 * requests, and a connection has one transaction: a statement from another
 * request sent while a transaction is open becomes part of it. It then sees
 * uncommitted rows (a half-written QA run), two overlapping `transaction()`
 * calls nest as savepoints, and a rollback undoes writes that another request
 * already reported as stored.
 *
 * So on SQLite every unit of work takes its turn: a transaction (explicit, or
 * the one `save` and `remove` open themselves) or a single statement outside
 * one. Work started inside the current turn (the transaction's own statements,
 * a listener that did not use the manager it was given) runs at once rather
 * than waiting for itself. A SELECT outside any turn, sent while another turn
 * holds the connection, takes no turn: it runs on a second, read-only
 * connection (see SqliteReader), so a light read does not wait behind an
 * import's write transactions. PostgreSQL is left
 * alone: it has real concurrency.
 */
@Injectable()
export class SqliteTransactionQueue implements OnModuleInit, OnModuleDestroy {
  private readonly turn = new AsyncLocalStorage<symbol>();
  private current: symbol | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  private reader: SqliteReader | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    if (this.db.options.type !== 'sqlite') return;
    this.reader = await SqliteReader.open(this.db.options);
    this.serializeManager(this.db.manager);
    // SqliteDriver hands out one shared runner: every statement goes through it.
    this.serializeRunner(this.db.createQueryRunner(), this.reader);
  }

  async onModuleDestroy(): Promise<void> {
    await this.reader?.close();
  }

  /** Runs `work` when the connection is free, or now when called from the turn that holds it. */
  private take<T>(work: Work<T>): Promise<T> {
    const own = this.turn.getStore();
    if (own !== undefined && own === this.current) return work();
    const token = Symbol('sqlite turn');
    const next = this.tail.then(async () => {
      this.current = token;
      try {
        return await this.turn.run(token, work);
      } finally {
        this.current = null;
      }
    });
    this.tail = next.catch(() => undefined);
    return next;
  }

  private serializeManager(manager: EntityManager): void {
    const patched = manager as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const name of ['transaction', ...IMPLICIT_TRANSACTIONS]) {
      const original = patched[name].bind(manager);
      patched[name] = (...args) => this.take(() => original(...args));
    }
  }

  private serializeRunner(runner: QueryRunner, reader: SqliteReader): void {
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    (runner as unknown as { query: typeof query }).query = (...args) =>
      // Only while another turn holds the writer: a free writer answers at once,
      // and the reader is kept to the case it exists for.
      this.current !== null && this.turn.getStore() === undefined && isPlainRead(args[0])
        ? reader.query(...args)
        : this.take(() => query(...args));
  }
}
