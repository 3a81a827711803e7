import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * SQLite when DATABASE_URL is unset (WAL so readers never block the writer,
 * foreign keys on — TypeORM's SQLite driver turns them on per connection),
 * PostgreSQL otherwise. The schema only ever comes from migrations.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = {
    migrations: MIGRATIONS,
    migrationsRun: true,
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
    // The plain module: TypeORM would otherwise load sqlite3.verbose(), whose
    // stack-trace wrapper on every statement costs ~8% of a bulk import.
    driver: sqlite3,
    database: config.database.path,
    enableWAL: true,
    busyTimeout: 10_000,
  };
}
