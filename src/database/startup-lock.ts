import { createHash } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Work that every process does when it starts, but that must not run in two at
 * once on one database: applying migrations (two processes creating the same
 * table collide in PostgreSQL's catalogue, `pg_type_typname_nsp_index`) and
 * creating the first admin. On PostgreSQL it runs under a session advisory
 * lock held by one dedicated connection, so a second process waits, then finds
 * the work done. SQLite is one file opened by one process: nothing to take.
 */
export async function withStartupLock<T>(
  ds: DataSource,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  if (ds.options.type !== 'postgres') return work();
  const key = lockKey(name, (ds.options as { schema?: string }).schema ?? 'public');
  const runner = ds.createQueryRunner('master') as QueryRunner & PgConnectionRelease;
  await runner.connect();
  let unlocked = false;
  try {
    await runner.query('SELECT pg_advisory_lock($1::bigint)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1::bigint)', [key]);
      unlocked = true;
    }
  } finally {
    // A connection that may still hold the lock is closed, not handed back to the pool.
    await runner.releasePostgresConnection(unlocked ? undefined : new Error('startup lock'));
  }
}

/** TypeORM's PostgreSQL runner: releasing with an error makes the pool close the connection. */
interface PgConnectionRelease {
  releasePostgresConnection(err?: Error): Promise<void>;
}

/** Migrations are applied at start, one process at a time. */
export async function migrate(ds: DataSource): Promise<void> {
  await withStartupLock(ds, 'migrations', () => ds.runMigrations({ transaction: 'each' }));
}

/**
 * One 64-bit key per task and schema (test runs and tenants share a server):
 * the first 8 bytes of a SHA-256, stable across PostgreSQL versions unlike hashtext().
 */
function lockKey(name: string, schema: string): string {
  return createHash('sha256')
    .update(`callcentre-qa:${schema}:${name}`)
    .digest()
    .readBigInt64BE(0)
    .toString();
}
