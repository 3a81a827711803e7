import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * sqlite3 whose verbose() leaves it as it is. TypeORM calls verbose() on the
 * driver it is given, which wraps every statement method to util.inspect its
 * arguments (transcripts included) for longer stack traces: a tenth of a bulk
 * import's time, on every query of the service.
 */
const sqliteWithoutTracing = Object.assign(Object.create(sqlite3) as typeof sqlite3, {
  verbose: () => sqliteWithoutTracing,
});

/**
 * SQLite when DATABASE_URL is unset (WAL so readers never block the writer,
 * foreign keys on — TypeORM's SQLite driver turns them on per connection),
 * PostgreSQL otherwise. The schema only ever comes from migrations.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = {
    migrations: MIGRATIONS,
    // Applied by DatabaseModule under the startup lock (startup-lock.ts), not by TypeORM.
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: false,
  };
  if (config.database.type === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: config.database.url,
      schema: config.database.schema,
      extra: { max: 20 },
    };
  }
  mkdirSync(dirname(config.database.path), { recursive: true });
  return {
    ...common,
    type: 'sqlite',
    driver: sqliteWithoutTracing,
    database: config.database.path,
    enableWAL: true,
    busyTimeout: 10_000,
  };
}
