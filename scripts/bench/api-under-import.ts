/**
 * Does an import starve the API? Starts the compiled service (dist/main.js) on a
 * throwaway SQLite database (and PostgreSQL when DATABASE_URL is given) with its
 * own redis-server, and probes two light requests — GET /api/health and an
 * authenticated GET /api/agents — at a fixed rate, first on the idle process
 * (the floor), then while a ROWS-row import runs on the same process: calls
 * (NDJSON to POST /api/calls/import, the default) or blacklist numbers (CSV to
 * POST /api/blacklist/import, `import=blacklist`).
 * Target: p99 during the import ≤ 3× the idle p99 of the same run.
 *   npm run bench:api-under-import [-- rows=50000 import=calls seconds=10 every=100 cpuProf=/tmp/prof]
 * Needs `npm run build`. Prints figures and PASS/FAIL; exits 1 on FAIL.
 *
 * The probes are open-loop: one request every `every` ms whether or not the
 * previous one answered, so a stalled event loop shows as the latency of every
 * request that arrived during the stall, not as one slow sample.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, openAsBlob, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { median, row } from './measure.js';
import { freePort, watchPeak } from './process-watch.js';
import { startRedis } from './redis-server.js';
import { syntheticCall } from './synthetic-calls.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
const ROWS = Number(args.rows ?? 50_000);
const IDLE_SECONDS = Number(args.seconds ?? 10);
const EVERY_MS = Number(args.every ?? 100);
const KIND: 'calls' | 'blacklist' = args.import === 'blacklist' ? 'blacklist' : 'calls';
const TARGET = 3;
const TOKEN = 'bench-admin-token-0123456789abcdef';
const SCRIPT = `[features] 畅听千万首正版无损音乐，下载免流量。
[usage] 登录咪咕音乐客户端，用本机号码登录就能使用。
[price] 资费是每月{price}，从话费中扣除。
[trial_end] 前{trialDays}天免费体验，体验期到{trialEnd}结束。
[cancel_method] 不想用了可以{cancelMethod}取消。
[consent] 请问您同意开通吗？`;

interface Probe {
  name: string;
  path: string;
  auth: boolean;
}
const PROBES: Probe[] = [
  { name: 'GET /api/health', path: '/api/health', auth: false },
  { name: 'GET /api/agents (bearer)', path: '/api/agents', auth: true },
];

interface Figures {
  p50: number;
  p99: number;
  max: number;
  n: number;
}

function figures(ms: number[]): Figures {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: median(sorted), p99: at(0.99), max: sorted[sorted.length - 1], n: sorted.length };
}

/** Answers other than 2xx seen by the probes (a 503 from a health check that timed out). */
const refused: string[] = [];

/** Fires one request every EVERY_MS until `until` settles; resolves with the latencies (ms). */
async function probe(base: string, p: Probe, until: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let done = false;
  void until.finally(() => (done = true));
  const headers: Record<string, string> = p.auth ? { Authorization: `Bearer ${TOKEN}` } : {};
  while (!done) {
    const started = performance.now();
    pending.push(
      fetch(base + p.path, { headers }).then(async (res) => {
        await res.arrayBuffer();
        // Counted, not thrown: a throw here ended the bench and left the service running.
        if (!res.ok) refused.push(`${p.path} ${res.status}`);
        latencies.push(performance.now() - started);
      }),
    );
    await new Promise((r) => setTimeout(r, EVERY_MS));
  }
  await Promise.all(pending);
  return latencies;
}

function probeAll(base: string, until: Promise<unknown>): Promise<number[][]> {
  return Promise.all(PROBES.map((p) => probe(base, p, until)));
}

interface ImportFile {
  path: string;
  contentType: string;
  file: string;
}

/** The import file: synthetic calls as NDJSON, or distinct numbers as a carrier's blacklist CSV. */
async function writeImport(dir: string, rows: number): Promise<ImportFile> {
  const blacklist = KIND === 'blacklist';
  const file = join(dir, blacklist ? 'blacklist.csv' : 'calls.ndjson');
  const out = createWriteStream(file);
  if (blacklist) out.write('phone,reason\n');
  for (let i = 0; i < rows; i++) {
    const line = blacklist
      ? `139${String(10_000_000 + i).slice(-8)},bench\n`
      : JSON.stringify({ ...syntheticCall(i), externalId: `API-IMPORT-${i}` }) + '\n';
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return blacklist
    ? { path: '/api/blacklist/import', contentType: 'text/csv', file }
    : { path: '/api/calls/import', contentType: 'application/x-ndjson', file };
}

async function startService(
  env: Record<string, string>,
): Promise<{ base: string; proc: ChildProcess; peak: () => number }> {
  const port = await freePort();
  const prof = args.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${args.cpuProf}`] : [];
  // The SQLite leg must not inherit the DATABASE_URL meant for the PostgreSQL leg.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const proc = spawn(process.execPath, [...prof, 'dist/main.js'], {
    env: { ...inherited, ...env, PORT: String(port), ADMIN_API_TOKEN: TOKEN, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const peak = watchPeak(proc);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (proc.exitCode !== null || Date.now() > deadline)
      throw new Error('the service did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, proc, peak };
}

/** SIGTERM, then SIGKILL if the process has not exited within five seconds. */
async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = once(proc, 'exit');
  proc.kill();
  const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

async function post(base: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
}

async function seedCatalogue(base: string): Promise<void> {
  await post(base, '/api/agents', { code: 'B001', name: '压测坐席' });
  await post(base, '/api/products', {
    code: 'MUSIC10',
    name: '咪咕音乐白金会员',
    monthlyFeeCents: 1000,
    trialDays: 30,
    cancelMethod: '编辑短信TD发送到10658888，或拨打10086',
  });
  await post(base, '/api/products/MUSIC10/scripts', {
    version: 'v3',
    purpose: 'marketing',
    text: SCRIPT,
  });
  await post(base, '/api/products/MUSIC10/scripts/v3/approve', {});
}

/** One database: idle floor, then the same probes during the import. True when every probe passes. */
async function benchOn(
  label: string,
  env: Record<string, string>,
  input: ImportFile,
): Promise<boolean> {
  const redis = await startRedis();
  const service = await startService({ ...env, REDIS_URL: redis.url });
  try {
    await seedCatalogue(service.base);
    // Warm up (JIT, connection pools), then the floor.
    await probeAll(service.base, new Promise((r) => setTimeout(r, 1_000)));
    const idle = await probeAll(
      service.base,
      new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000)),
    );
    const started = performance.now();
    const importing = fetch(service.base + input.path, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': input.contentType },
      body: await openAsBlob(input.file),
    }).then(async (res) => {
      const body = (await res.json()) as { created?: number; added?: number; failed?: number };
      if (!res.ok) throw new Error(`import answered ${res.status}: ${JSON.stringify(body)}`);
      return { ...body, seconds: (performance.now() - started) / 1000 };
    });
    const busy = await probeAll(service.base, importing);
    const report = await importing;
    process.stdout.write(`\n${label}\n`);
    row(
      `import: ${ROWS.toLocaleString('en')} ${KIND === 'calls' ? 'calls (NDJSON)' : 'numbers (CSV)'}`,
      `${report.seconds.toFixed(1)} s`,
      `${Math.round(ROWS / report.seconds).toLocaleString('en')} rows/s, ${report.created ?? report.added} stored, ${report.failed} failed, service peak ${service.peak()} MB`,
    );
    let pass = true;
    PROBES.forEach((p, i) => {
      const floor = figures(idle[i]);
      const during = figures(busy[i]);
      const ratio = during.p99 / floor.p99;
      const ok = ratio <= TARGET;
      pass &&= ok;
      const show = (f: Figures) =>
        `p50 ${f.p50.toFixed(1)} / p99 ${f.p99.toFixed(1)} / max ${f.max.toFixed(1)} ms`;
      row(`floor: ${p.name}, idle`, `${floor.n} reqs`, show(floor));
      row(
        `${p.name}, during import`,
        `${during.n} reqs`,
        `${show(during)}; p99 ${ratio.toFixed(2)}× idle (target ≤ ${TARGET}×) ${ok ? 'PASS' : 'FAIL'}`,
      );
    });
    if (refused.length > 0) {
      row('answers other than 2xx', `${refused.length}`, [...new Set(refused)].join(', '));
      refused.length = 0;
      pass = false;
    }
    return pass;
  } finally {
    await stop(service.proc);
    await stop(redis.proc);
  }
}

/** A schema of its own on the given server (as the acceptance harness does), dropped afterwards. */
async function inFreshSchema<T>(databaseUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const schema = `bench_api_import_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA "${schema}"`);
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return await fn(url.href);
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-api-import-'));
  try {
    const file = await writeImport(dir, ROWS);
    let pass = await benchOn('SQLite', { DATA_DIR: join(dir, 'sqlite') }, file);
    if (process.env.DATABASE_URL)
      pass =
        (await inFreshSchema(process.env.DATABASE_URL, (url) =>
          benchOn('PostgreSQL', { DATA_DIR: join(dir, 'pg'), DATABASE_URL: url }, file),
        )) && pass;
    process.stdout.write(`\n${pass ? 'PASS' : 'FAIL'}\n`);
    process.exitCode = pass ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
