import { createHash } from 'node:crypto';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import pg from 'pg';

/**
 * Tables a refused request may write by design: the audit log records refusals
 * (that is its job) and the scheduler's bookkeeping is not the client's data.
 */
const BOOKKEEPING = new Set(['audit_log', 'scheduler_runs']);
/** Columns any authenticated request touches (when a token or session was last used). */
const USE_STAMPS = ['last_used_at', 'last_seen_at'];

/** A digest of every stored row outside the bookkeeping tables, per table. */
export type StoreDigest = Record<string, string>;

export interface StoreReader {
  digest(): Promise<StoreDigest>;
  close(): Promise<void>;
}

/** Reads the service's SQLite file (WAL: readers never block it) or its PostgreSQL schema. */
export async function openStore(dataDir: string, schema?: string): Promise<StoreReader> {
  return schema ? await postgresStore(schema) : sqliteStore(join(dataDir, 'app.sqlite'));
}

function sqliteStore(file: string): StoreReader {
  const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
  const all = (sql: string) =>
    new Promise<Record<string, unknown>[]>((resolve, reject) =>
      db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as Record<string, unknown>[]))),
    );
  return {
    async digest() {
      const tables = await all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      );
      const out: StoreDigest = {};
      for (const { name } of tables) {
        if (BOOKKEEPING.has(String(name))) continue;
        // Sorted by content, not rowid: WITHOUT ROWID tables (call_standard_results) have none.
        const rows = (await all(`SELECT * FROM "${String(name)}"`))
          .map((row) =>
            JSON.stringify(
              Object.fromEntries(Object.entries(row).filter(([k]) => !USE_STAMPS.includes(k))),
            ),
          )
          .sort();
        out[String(name)] = createHash('sha1').update(JSON.stringify(rows)).digest('hex');
      }
      return out;
    },
    close: () => new Promise<void>((resolve) => db.close(() => resolve())),
  };
}

/** One query per digest: md5 of every table's rows as text, in a stable order. */
async function postgresStore(schema: string): Promise<StoreReader> {
  const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await c.connect();
  const STRIP = USE_STAMPS.map((c) => `- '${c}'`).join(' ');
  let sql: string | undefined;
  return {
    async digest() {
      if (!sql) {
        const { rows } = await c.query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables
              WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
          [schema],
        );
        sql = rows
          .map((r) => r.table_name)
          .filter((t) => !BOOKKEEPING.has(t))
          .map(
            (t) =>
              `SELECT '${t}' AS t, md5(coalesce(string_agg(x.j::text, ',' ORDER BY x.j::text), '')) AS d FROM "${schema}"."${t}" r CROSS JOIN LATERAL (SELECT to_jsonb(r) ${STRIP} AS j) x`,
          )
          .join(' UNION ALL ');
      }
      const { rows } = await c.query<{ t: string; d: string }>(sql);
      return Object.fromEntries(rows.map((r) => [r.t, r.d]));
    },
    close: () => c.end(),
  };
}

/** The tables whose digest differs. */
export function changedTables(before: StoreDigest, after: StoreDigest): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).sort();
}
