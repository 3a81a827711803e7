import sqlite3 from 'sqlite3';
import { DataSource, type DataSourceOptions } from 'typeorm';

/** A statement that only reads: it may run on any connection that sees committed data. */
export function isPlainRead(sql: unknown): boolean {
  return typeof sql === 'string' && /^\s*SELECT\b/i.test(sql) && !/\bRETURNING\b/i.test(sql);
}

/**
 * A second, read-only connection to the service's SQLite file. With WAL a
 * reader never waits for the writer, but TypeORM's SQLite driver has one
 * connection, so every SELECT waited in line behind whole write transactions:
 * during a large import a health check or a page of agents took as long as
 * the queue of batches ahead of it. Reads outside a transaction come here and
 * see the last committed state, which is what they saw between transactions.
 */
export class SqliteReader {
  private constructor(private readonly ds: DataSource) {}

  static async open(options: DataSourceOptions): Promise<SqliteReader> {
    if (options.type !== 'sqlite') throw new Error('SqliteReader needs a SQLite data source');
    const ds = new DataSource({
      type: 'sqlite',
      driver: options.driver,
      database: options.database,
      // WAL is a property of the file, already set by the writer; a read-only
      // connection cannot write a row by mistake.
      flags: sqlite3.OPEN_READONLY,
      busyTimeout: options.busyTimeout,
      logging: false,
    });
    return new SqliteReader(await ds.initialize());
  }

  private tail: Promise<unknown> = Promise.resolve();

  /**
   * Same arguments and results as the writer's runner (the same driver code
   * answers), one statement at a time: statements that overlap on a connection
   * share one read transaction, so a read sent while another was running saw
   * the database as of the first one's start and missed a write committed in
   * between (the bootstrap admin, just inserted, was not found).
   */
  readonly query = (...args: unknown[]): Promise<unknown> => {
    const runner = this.ds.createQueryRunner();
    const run = () => (runner.query as (...a: unknown[]) => Promise<unknown>).apply(runner, args);
    const next = this.tail.then(run, run);
    this.tail = next.catch(() => undefined);
    return next;
  };

  async close(): Promise<void> {
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}
