/**
 * Weekly report at scale (prints, does not assert): a week of N calls, the
 * report's time on SQLite and PostgreSQL beside the floor measured on the same
 * data: a plain `SELECT COUNT(*) FROM calls WHERE local_date BETWEEN …` over
 * the same week. Target: the report under 5× the floor.
 *   npm run bench:report [-- calls=1000000 runs=5 pg=postgres://postgres@127.0.0.1:5432/test]
 * PostgreSQL is skipped with a message when unreachable (pg=off skips it too).
 */
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { createCliContext } from '../../src/bootstrap.js';
import { CatalogueService } from '../../src/catalogue/catalogue.service.js';
import { ReportSnapshotsService } from '../../src/reports/snapshots/report-snapshots.service.js';
import { WeeklyReportService } from '../../src/reports/weekly-report.service.js';
import { createHash } from 'node:crypto';
import { median, row, timeAsync } from './measure.js';
import { callInserts, complaintInserts, type BenchCatalogue } from './report-data.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
const CALLS = Number(args.calls ?? 1_000_000);
const RUNS = Number(args.runs ?? 7);
const PG_URL = args.pg ?? 'postgres://postgres@127.0.0.1:5432/test';
const AGENTS = 200;
const CHUNK = 1_000;
const WEEK = '2026-W47';
const FLOOR_SQL = (calls: string) =>
  `SELECT COUNT(*) AS n FROM ${calls} WHERE local_date BETWEEN '2026-11-16' AND '2026-11-22'`;

async function seed(ctx: INestApplicationContext, qualify: (t: string) => string): Promise<void> {
  const catalogue = ctx.get(CatalogueService);
  const agents = [];
  for (let i = 1; i <= AGENTS; i++) {
    const code = `B${String(i).padStart(4, '0')}`;
    const agent = await catalogue.createAgent({ code, name: `坐席${i}`, team: `T${(i % 8) + 1}` });
    agents.push({ id: agent.id, code });
  }
  const product = await catalogue.createProduct({
    code: 'FLOW20',
    name: '5GB流量加油包',
    monthlyFeeCents: 2000,
    trialDays: null,
    cancelMethod: '拨打10086',
  });
  const cat: BenchCatalogue = { agents, productId: product.id };
  const ds = ctx.get(DataSource);
  const loaded = await timeAsync(async () => {
    for (let from = 0; from < CALLS; from += 100_000)
      await ds.transaction(async (tx) => {
        for (let i = from; i < Math.min(from + 100_000, CALLS); i += CHUNK)
          for (const sql of callInserts(qualify, i, Math.min(i + CHUNK, CALLS), cat))
            await tx.query(sql);
      });
    await ds.query(complaintInserts(qualify('complaints'), 2_000, cat));
  });
  row('  load: calls inserted', CALLS.toLocaleString(), `${loaded.seconds.toFixed(1)} s`);
}

/** Floor and report timed in turns, so load from other processes weighs on both alike. */
async function interleaved(
  floor: () => Promise<unknown>,
  report: () => Promise<unknown>,
): Promise<{ floor: number; report: number }> {
  await floor(); // warm the cache and the statement plans
  await report();
  const f: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    f.push((await timeAsync(floor)).seconds);
    r.push((await timeAsync(report)).seconds);
  }
  return { floor: median(f), report: median(r) };
}

const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`;

/**
 * Twice: cold (no week stored yet, so all 8 trend weeks are counted live) and
 * steady (every earlier week has its Monday snapshot, as in production).
 */
async function measure(label: string, ctx: INestApplicationContext, calls: string): Promise<void> {
  const ds = ctx.get(DataSource);
  const reports = ctx.get(WeeklyReportService);
  const [{ n }] = await ds.query(FLOOR_SQL(calls));
  const report = await reports.build(WEEK);
  row(
    `${label}: data`,
    `${Number(n).toLocaleString()} calls`,
    `in ${WEEK}; report: ${report.dials.toLocaleString()} dials, ` +
      `${report.agents.length} agents, validRate ${report.validRate}`,
  );
  // Everything but the moment and the ledger head (its hashes cover insert times): equal
  // hashes before and after a change to the report's queries show its output did not move.
  const { generatedAt: _at, ledgerHead: _head, ...figures } = report;
  const hash = createHash('sha256').update(JSON.stringify(figures)).digest('hex');
  row(`${label}: figures hash`, hash.slice(0, 16));
  const floor = () => ds.query(FLOOR_SQL(calls));
  const cold = await interleaved(floor, () => reports.build(WEEK));
  const snapshots = ctx.get(ReportSnapshotsService);
  for (const w of report.trend.slice(0, -1)) await snapshots.revise(w.week, null);
  const steady = await interleaved(floor, () => reports.build(WEEK));
  for (const [name, t] of [
    ['cold, 8 live weeks', cold],
    ['steady, 7 weeks stored', steady],
  ] as const) {
    row(`${label}: floor, COUNT(*) of the week`, ms(t.floor));
    row(
      `${label}: report (${name})`,
      ms(t.report),
      `${(t.report / t.floor).toFixed(2)}× floor (target < 5×)`,
    );
  }
}

async function sqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  const ctx = await createCliContext({ DATA_DIR: dir, LOG_LEVEL: 'error' });
  try {
    await seed(ctx, (t) => t);
    await ctx.get(DataSource).query('ANALYZE');
    await measure('SQLite', ctx, 'calls');
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (err) {
    row('PostgreSQL', 'skipped', `${PG_URL} unreachable: ${(err as Error).message}`);
    return;
  }
  const schema = `bench_report_${Date.now().toString(36)}`;
  await client.query(`CREATE SCHEMA "${schema}"`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-pg-'));
  // As createCliContext, plus a schema of its own so the bench never touches other data.
  const ctx = await NestFactory.createApplicationContext(
    AppModule.forRoot({
      env: { DATA_DIR: dir, DATABASE_URL: PG_URL, LOG_LEVEL: 'error' },
      postgresSchema: schema,
      cli: true,
    }),
    { logger: false },
  );
  const qualify = (t: string) => `"${schema}"."${t}"`;
  try {
    await seed(ctx, qualify);
    // Fresh rows: set the visibility map so the covering index is read alone, as in steady state.
    await ctx.get(DataSource).query(`VACUUM ANALYZE ${qualify('calls')}`);
    await ctx.get(DataSource).query(`ANALYZE ${qualify('complaints')}`);
    await measure('PostgreSQL', ctx, qualify('calls'));
  } finally {
    await ctx.close();
    await client.query(`DROP SCHEMA "${schema}" CASCADE`);
    await client.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `Weekly report, ${CALLS.toLocaleString()} calls in ${WEEK}, medians of ${RUNS} interleaved runs\n`,
  );
  await sqlite();
  if (args.pg !== 'off') await postgres();
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
