/**
 * Prints (does not assert) the time of a daily QA draw over a day of 100,000
 * sales in a database of 1,000,000 calls, beside the floor: a plain SELECT id of
 * the same population with the same WHERE clause. Target: the draw (load,
 * draw, store run + population + items, read the run back) under 3× the floor.
 * Runs on SQLite, then on PostgreSQL in a fresh schema of BENCH_PG_URL
 * (default postgres://postgres@127.0.0.1:5432/test), skipped if unreachable.
 *   npm run bench:sampling [-- calls=1000000 day=100000 agents=200 reviewers=10 db=sqlite|postgres]
 */
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { UsersService } from '../../src/auth/users.service.js';
import { CatalogueService } from '../../src/catalogue/catalogue.service.js';
import { drawSample, parsePeriod } from '../../src/qa/domain/index.js';
import { PopulationLoader } from '../../src/qa/sampling/population-loader.js';
import { SamplingService } from '../../src/qa/sampling/sampling.service.js';
import { collectGarbage, median, row, timeAsync } from './measure.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
const CALLS = Number(args.calls ?? 1_000_000);
const DAY_SALES = Number(args.day ?? 100_000);
const AGENTS = Number(args.agents ?? 200);
const REVIEWERS = Number(args.reviewers ?? 10);
const DATABASES = args.db ? [args.db] : ['sqlite', 'postgres'];
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DAY = '2026-10-14';
const TZ = 'Asia/Shanghai';
const BATCH = 1_000;
const DRAW_RUNS = 7;
const PER_TRANSACTION = 50_000;

const OUTCOMES = ['sale', 'refused', 'no_answer', 'busy', 'hung_up'];

/** One call row as SQL literals: the bench day's sales first, then other days and outcomes. */
function callValues(i: number, agentIds: number[], productId: number): string {
  const agent = i % AGENTS;
  const onDay = i < DAY_SALES;
  const dayOffset = onDay ? 0 : 1 + (i % 60);
  const date = new Date(Date.parse(`${DAY}T00:00:00+08:00`) - dayOffset * 86_400_000);
  const startedAt = new Date(date.getTime() + 8 * 3_600_000 + (i % 43_200) * 1000);
  const localDate = new Date(startedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const outcome = onDay ? 'sale' : OUTCOMES[i % OUTCOMES.length];
  // About 3% of calls were not passed outright by the checker: they are drawn as flagged.
  const status = i % 97 === 0 ? 'invalid' : i % 89 === 0 ? 'needs_review' : 'valid';
  const ts = startedAt.toISOString();
  return (
    `('BENCH-${i}','h${i}',${agentIds[agent]},'B${String(agent).padStart(4, '0')}',${productId},` +
    `'MUSIC10','139${String(10_000_000 + (i % 90_000_000)).slice(-8)}','marketing','${outcome}',` +
    `'${ts}','${localDate}',90,'recordings/${localDate}/BENCH-${i}.wav','${status}','{}',` +
    `'bench','${ts}','${status}','automatic',` +
    `${outcome === 'sale' ? (status === 'valid' ? "'activated'" : "'held'") : 'NULL'},'${ts}')`
  );
}

const COLUMNS =
  'external_id, content_hash, agent_id, agent_code, product_id, product_code, phone, purpose, ' +
  'outcome, started_at, local_date, duration_seconds, recording_file, auto_status, ' +
  'auto_compliance, engine_version, evaluated_at, final_status, final_source, sale_status, created_at';

async function seed(ctx: INestApplicationContext, table: (name: string) => string) {
  const catalogue = ctx.get(CatalogueService);
  const agentIds: number[] = [];
  for (let a = 0; a < AGENTS; a++)
    agentIds.push(
      (await catalogue.createAgent({ code: `B${String(a).padStart(4, '0')}`, name: `坐席${a}` }))
        .id,
    );
  const product = await catalogue.createProduct({
    code: 'MUSIC10',
    name: '咪咕音乐白金会员',
    monthlyFeeCents: 1000,
    trialDays: 30,
    cancelMethod: '编辑短信TD发送到10658888，或拨打10086',
  });
  for (let r = 0; r < REVIEWERS; r++)
    await ctx.get(UsersService).create({ name: `质检${r}`, role: 'inspector' });
  const ds = ctx.get(DataSource);
  for (let start = 0; start < CALLS; start += PER_TRANSACTION) {
    await ds.transaction(async (tx) => {
      const end = Math.min(start + PER_TRANSACTION, CALLS);
      for (let i = start; i < end; i += BATCH) {
        const values = [];
        for (let j = i; j < Math.min(i + BATCH, end); j++)
          values.push(callValues(j, agentIds, product.id));
        await tx.query(`INSERT INTO ${table('calls')} (${COLUMNS}) VALUES ${values.join(',')}`);
      }
    });
  }
  // The checker's per-standard results: identity and consent follow the verdict, the others pass.
  for (const s of ['identity', 'comprehension', 'script', 'consent'])
    await ds.query(
      `INSERT INTO ${table('call_standard_results')} (call_id, standard, result) SELECT id, '${s}', ` +
        (s === 'identity' || s === 'consent'
          ? `CASE auto_status WHEN 'valid' THEN 'pass' WHEN 'invalid' THEN 'fail' ELSE 'unknown' END`
          : `'pass'`) +
        ` FROM ${table('calls')}`,
    );
  // Statistics as a live database has them, and the seeding's own write-back done before timing.
  if (ds.options.type === 'postgres') {
    await ds.query(`ANALYZE ${table('calls')}`);
    await ds.query('CHECKPOINT');
  } else {
    await ds.query('ANALYZE');
    await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  }
}

async function medianTime(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const seconds: number[] = [];
  for (let r = 0; r < runs; r++) seconds.push((await timeAsync(fn)).seconds);
  return median(seconds);
}

async function bench(label: string, ctx: INestApplicationContext, table: (name: string) => string) {
  const seeded = await timeAsync(() => seed(ctx, table));
  row(`${label}: seed ${CALLS.toLocaleString()} calls`, `${seeded.seconds.toFixed(1)} s`);
  const ds = ctx.get(DataSource);
  const postgres = ds.options.type === 'postgres';
  const floorSql =
    `SELECT id FROM ${table('calls')} WHERE local_date >= '${DAY}' AND local_date <= '${DAY}' ` +
    `AND purpose IN ('marketing', 'confirmation') AND outcome = 'sale' ` +
    `AND recording_file IS NOT NULL AND recording_file <> ''`;
  const ids = (await ds.query(floorSql)) as unknown[];
  const span = { tier: 'daily', ...parsePeriod('day', DAY, TZ) };
  const loader = ctx.get(PopulationLoader);
  const population = await loader.load(span);
  const load = await medianTime(() => loader.load(span), 5);
  const core = await medianTime(
    async () => drawSample({ seed: 'bench', rate: 0.1, population }),
    5,
  );
  // A draw happens once per period, so each repetition first removes the previous run.
  const undraw = async () => {
    const tables = [table('qa_sample_items'), table('qa_sampling_runs')];
    if (postgres) await ds.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
    else for (const name of tables) await ds.query(`DELETE FROM ${name}`);
  };
  const drawOnce = () => timeAsync(() => ctx.get(SamplingService).draw('daily', DAY, null));
  // Floor and draw in turns, so a slow moment of a shared machine hits both.
  const floors: number[] = [];
  const draws: Awaited<ReturnType<typeof drawOnce>>[] = [];
  for (let r = 0; r < DRAW_RUNS; r++) {
    if (r > 0) await undraw();
    collectGarbage();
    floors.push((await timeAsync(() => ds.query(floorSql))).seconds);
    collectGarbage();
    draws.push(await drawOnce());
  }
  const floor = median(floors);
  const middle = median(draws.map((d) => d.seconds));
  const drawn = draws.find((d) => d.seconds === middle)!;
  const run = drawn.result.run;
  const ratio = drawn.seconds / floor;
  row(
    `${label}: floor SELECT id (population, median of ${DRAW_RUNS})`,
    `${(floor * 1000).toFixed(0)} ms`,
    `${ids.length} rows`,
  );
  row(`${label}: population query`, `${(load * 1000).toFixed(0)} ms`);
  row(`${label}: drawSample (pure core)`, `${(core * 1000).toFixed(0)} ms`);
  row(
    `${label}: daily draw, end to end (median of ${DRAW_RUNS})`,
    `${(drawn.seconds * 1000).toFixed(0)} ms`,
    `${ratio.toFixed(2)}× floor (target < 3×); ${run.populationSize} calls, ` +
      `${run.sampleSize} items (${run.reasons.random} random, ${run.reasons.flagged} flagged)`,
  );
}

async function context(env: Record<string, string>, postgresSchema?: string) {
  return NestFactory.createApplicationContext(
    AppModule.forRoot({ env: { LOG_LEVEL: 'error', ...env }, cli: true, postgresSchema }),
    { logger: ['error'] },
  );
}

async function onSqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sampling-'));
  const ctx = await context({ DATA_DIR: dir });
  try {
    await bench('SQLite', ctx, (name) => name);
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (err) {
    row('PostgreSQL', 'skipped', `${PG_URL} unreachable: ${(err as Error).message}`);
    return;
  }
  const schema = `bench_sampling_${Date.now().toString(36)}`;
  await client.query(`CREATE SCHEMA "${schema}"`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-sampling-'));
  try {
    const ctx = await context({ DATA_DIR: dir, DATABASE_URL: PG_URL }, schema);
    try {
      await bench('PostgreSQL', ctx, (name) => `"${schema}"."${name}"`);
    } finally {
      await ctx.close();
    }
  } finally {
    await client.query(`DROP SCHEMA "${schema}" CASCADE`);
    await client.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (DATABASES.includes('sqlite')) await onSqlite();
if (DATABASES.includes('postgres')) await onPostgres();
