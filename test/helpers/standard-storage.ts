import type { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { CallStandardResults1796593574142 } from '../../src/database/migrations/1796593574142-call-standard-results.js';

const FOUR = ['identity', 'comprehension', 'script', 'consent'];

type Row = Record<string, unknown>;

/** A table for raw SQL: PostgreSQL tests run in their own schema. */
function tableOf(ds: DataSource, name: string): string {
  const schema = (ds.options as { schema?: string }).schema;
  return schema ? `"${schema}"."${name}"` : name;
}

const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Row;

/** The per-standard results as the current schema stores them, one comparable shape. */
export async function storedStandardResults(ds: DataSource) {
  const results: Row[] = await ds.query(
    `SELECT call_id, standard, result FROM ${tableOf(ds, 'call_standard_results')}`,
  );
  const calls: Record<number, Row> = {};
  for (const r of results) (calls[Number(r.call_id)] ??= {})[String(r.standard)] = r.result;
  const reviews: Row[] = await ds.query(
    `SELECT id, rules, checker_rules FROM ${tableOf(ds, 'qa_reviews')} ORDER BY id`,
  );
  return {
    calls,
    reviews: reviews.map((r) => ({
      id: Number(r.id),
      human: parse(r.rules),
      checker: parse(r.checker_rules),
    })),
  };
}

/** The same, read from the one-column-per-standard schema the migrations replaced. */
async function columnStandardResults(ds: DataSource) {
  const rows: Row[] = await ds.query(
    `SELECT id, ${FOUR.map((s) => `${s}_result`).join(', ')} FROM ${tableOf(ds, 'calls')}`,
  );
  const calls = Object.fromEntries(
    rows.map((r) => [Number(r.id), Object.fromEntries(FOUR.map((s) => [s, r[`${s}_result`]]))]),
  );
  const reviews: Row[] = await ds.query(
    `SELECT id, ${FOUR.join(', ')}, ${FOUR.map((s) => `checker_${s}`).join(', ')} ` +
      `FROM ${tableOf(ds, 'qa_reviews')} ORDER BY id`,
  );
  return {
    calls,
    reviews: reviews.map((r) => ({
      id: Number(r.id),
      human: Object.fromEntries(FOUR.map((s) => [s, r[s]])),
      checker: Object.fromEntries(FOUR.map((s) => [s, r[`checker_${s}`]])),
    })),
  };
}

/**
 * Reverts the per-standard storage migrations (and any after them) on the data
 * the spec made, checks every verdict and review came back into the old
 * columns, migrates up again and returns what the new storage holds then.
 */
export async function roundTripStandardStorage(ds: DataSource) {
  const first = MIGRATIONS.findIndex((m) => m === CallStandardResults1796593574142);
  for (let i = first; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
  const old = await columnStandardResults(ds);
  await ds.runMigrations();
  return { old, now: await storedStandardResults(ds) };
}
