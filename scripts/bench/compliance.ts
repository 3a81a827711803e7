/**
 * Prints (does not assert) the checker's throughput and the bulk-import
 * throughput on SQLite, each beside a floor measured in the same run:
 *   checker  vs JSON.parse of the same transcripts   (target ≥ 2,000 calls/s per core),
 *            with the service-language check (as the service runs it) and without
 *   import   vs raw sqlite3 inserts of the same rows (target ≥ 30% of the floor),
 *            with its consent-ledger appends and without (target: ledger costs ≤ 10%)
 *   ledger   verification of `ledgerEntries` entries (default 1,000,000): its rate
 * The import checks calls on CHECKER_THREADS worker threads (cores − 1 by
 * default), as the service does. Import and floor run in alternating turns;
 * the medians are printed.
 * Usage: npm run bench:compliance [-- calls=10000 importRows=20000 turns=3 ledgerEntries=1000000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { createCliContext } from '../../src/bootstrap.js';
import { CatalogueService } from '../../src/catalogue/catalogue.service.js';
import { CallImporter } from '../../src/calls/import/call-importer.js';
import type { ImportRecord } from '../../src/calls/import/import-records.js';
import { DEFAULT_PHRASE_LIST, checkCall, evaluateCall } from '../../src/compliance/index.js';
import { parseScript } from '../../src/compliance/script-format.js';
import { benchLedgerVerify, withoutLedger } from './ledger.js';
import { collectGarbage, cpuAsync, median, row, time, timeAsync } from './measure.js';
import { startRedis } from './redis-server.js';
import { syntheticCall } from './synthetic-calls.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
const N = Number(args.calls ?? 10_000);
const IMPORT_ROWS = Number(args.importRows ?? 20_000);
const TURNS = Number(args.turns ?? 3);
const LEDGER_ENTRIES = Number(args.ledgerEntries ?? 1_000_000);
const SCRIPT = `[features] 畅听千万首正版无损音乐，下载免流量。
[usage] 登录咪咕音乐客户端，用本机号码登录就能使用。
[price] 资费是每月{price}，从话费中扣除。
[trial_end] 前{trialDays}天免费体验，体验期到{trialEnd}结束。
[cancel_method] 不想用了可以{cancelMethod}取消。
[consent] 请问您同意开通吗？`;
const PRODUCT = {
  code: 'MUSIC10',
  monthlyFeeCents: 1000,
  trialDays: 30,
  cancelMethod: '编辑短信TD发送到10658888，或拨打10086',
};

function benchChecker(): void {
  const json = Array.from({ length: N }, (_, i) => JSON.stringify(syntheticCall(i).transcript));
  const floor = time(() => json.map((s) => JSON.parse(s)));
  const sections = parseScript(SCRIPT, true);
  const transcripts = floor.result;
  const startedAt = new Date('2026-11-10T02:12:00Z');
  const inputs = transcripts.map((transcript) => ({
    purpose: 'marketing' as const,
    product: PRODUCT,
    script: { version: 'v3', purpose: 'marketing' as const, sections },
    startedAt,
    timeZone: 'Asia/Shanghai',
    transcript,
  }));
  // Alternating turns, medians: on a shared machine one turn alone says little.
  const withSl: number[] = [];
  const without: number[] = [];
  let valid = 0;
  for (let turn = 0; turn < TURNS; turn++) {
    collectGarbage();
    const standards = time(() => inputs.map(evaluateCall));
    collectGarbage();
    const checked = time(() => inputs.map((input) => checkCall(input, DEFAULT_PHRASE_LIST)));
    valid = checked.result.filter((c) => c.valid).length;
    without.push(N / standards.seconds);
    withSl.push(N / checked.seconds);
  }
  row(
    'checker: calls/s (one core)',
    median(withSl).toFixed(0),
    `median of ${TURNS}; ${N} calls, ${valid} valid, with service language; target ≥ 2,000`,
  );
  row(
    'checker without service language: calls/s',
    median(without).toFixed(0),
    `median of ${TURNS}; service language costs ${((median(without) / median(withSl) - 1) * 100).toFixed(1)}%`,
  );
  row(
    'floor: JSON.parse transcripts/s',
    (N / floor.seconds).toFixed(0),
    `checker = ${((median(withSl) / (N / floor.seconds)) * 100).toFixed(1)}% of floor`,
  );
}

async function benchImport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  // Valid trial sales schedule confirmation jobs: they go to a throwaway Redis.
  const redis = await startRedis();
  const ctx = await createCliContext({ DATA_DIR: dir, LOG_LEVEL: 'error', REDIS_URL: redis.url });
  try {
    const catalogue = ctx.get(CatalogueService);
    const admin = { id: 0, name: 'bench', role: 'admin' as const, agentCode: null };
    await catalogue.createAgent({ code: 'B001', name: '压测坐席' });
    await catalogue.createProduct({ ...PRODUCT, name: '咪咕音乐白金会员' });
    await catalogue.createScript(
      'MUSIC10',
      { version: 'v3', purpose: 'marketing', text: SCRIPT },
      admin,
    );
    await catalogue.approveScript('MUSIC10', 'v3', admin);
    const calls = Array.from({ length: IMPORT_ROWS }, (_, i) => syntheticCall(i));
    async function* records(prefix: string): AsyncGenerator<ImportRecord> {
      for (let i = 0; i < calls.length; i++)
        yield { line: i + 1, record: { ...calls[i], externalId: prefix + i } };
    }
    const rates: number[] = [];
    const unchained: number[] = [];
    const floorRates: number[] = [];
    // Calls per CPU second (all threads): on a shared machine the wall clock also counts others' work.
    const cpuRates: number[] = [];
    const cpuUnchained: number[] = [];
    let created = 0;
    // Not counted: the first import starts the checker threads and warms the JIT.
    await ctx.get(CallImporter).run(records('WARM-'));
    for (let turn = 0; turn < TURNS; turn++) {
      // Which of the pair goes first alternates, so a drift in the machine's speed hits both alike.
      const chained = () => cpuAsync(() => ctx.get(CallImporter).run(records(`IMP${turn}-`)));
      const unchainedRun = () =>
        cpuAsync(() => withoutLedger(ctx, () => ctx.get(CallImporter).run(records(`NOL${turn}-`))));
      collectGarbage();
      const first = turn % 2 === 0 ? await chained() : await unchainedRun();
      collectGarbage();
      const second = turn % 2 === 0 ? await unchainedRun() : await chained();
      const [imported, plain] = turn % 2 === 0 ? [first, second] : [second, first];
      unchained.push(IMPORT_ROWS / plain.seconds);
      cpuRates.push(IMPORT_ROWS / imported.cpuSeconds);
      cpuUnchained.push(IMPORT_ROWS / plain.cpuSeconds);
      collectGarbage();
      const floor = await timeAsync(() =>
        rawInserts(ctx.get(DataSource), join(dir, 'app.sqlite'), calls, `RAW${turn}-`),
      );
      created += imported.result.created;
      rates.push(IMPORT_ROWS / imported.seconds);
      floorRates.push(IMPORT_ROWS / floor.seconds);
    }
    const rate = median(rates);
    const floorRate = median(floorRates);
    row(
      'import: calls/s (SQLite, 15 segments)',
      rate.toFixed(0),
      `median of ${TURNS}; ${created} created; target ≥ 30% of floor`,
    );
    const plainRate = median(unchained);
    row(
      'import without ledger appends: calls/s',
      plainRate.toFixed(0),
      `median of ${TURNS}; the ledger costs ${((1 - rate / plainRate) * 100).toFixed(1)}% (target ≤ 10%)`,
    );
    const cpuRate = median(cpuRates);
    const cpuPlain = median(cpuUnchained);
    row(
      'import per CPU second: with / without ledger',
      `${cpuRate.toFixed(0)} / ${cpuPlain.toFixed(0)}`,
      `median of ${TURNS}; calls per CPU second of all threads; the ledger costs ${((1 - cpuRate / cpuPlain) * 100).toFixed(1)}% (target ≤ 10%)`,
    );
    row(
      'floor: raw sqlite3 inserts/s',
      floorRate.toFixed(0),
      `median of ${TURNS}; import = ${((rate / floorRate) * 100).toFixed(1)}% of floor`,
    );
    await benchLedgerVerify(ctx, LEDGER_ENTRIES);
  } finally {
    await ctx.close();
    redis.proc.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same rows inserted with one prepared statement in one transaction: no validation, no checker. */
async function rawInserts(
  ds: DataSource,
  file: string,
  calls: ReturnType<typeof syntheticCall>[],
  prefix: string,
): Promise<void> {
  const sample = await ds.query(`SELECT * FROM calls LIMIT 1`);
  const columns = Object.keys(sample[0]).filter((c) => c !== 'id');
  const db = new sqlite3.Database(file);
  const run = (sql: string, params: unknown[] = []) =>
    new Promise<void>((res, rej) => db.run(sql, params, (err) => (err ? rej(err) : res())));
  await run('PRAGMA journal_mode=WAL');
  await run('BEGIN');
  const stmt = db.prepare(
    `INSERT INTO calls (${columns.join(',')}) VALUES (${columns.map(() => '?').join(',')})`,
  );
  for (let i = 0; i < calls.length; i++) {
    const values = columns.map((c) =>
      c === 'external_id'
        ? prefix + i
        : c === 'transcript'
          ? JSON.stringify(calls[i].transcript)
          : sample[0][c],
    );
    await new Promise<void>((res, rej) => stmt.run(values, (err) => (err ? rej(err) : res())));
  }
  await new Promise<void>((res) => stmt.finalize(() => res()));
  await run('COMMIT');
  await new Promise<void>((res) => db.close(() => res()));
}

benchChecker();
await benchImport();
