/**
 * Dial-list filtering at scale (prints, does not assert): N rows of mixed
 * spellings against a B-number blacklist, through the CLI and through HTTP
 * upload + export, beside an awk hash anti-join on the same pre-normalised data.
 * Targets: CLI within 2× the floor's time, HTTP within 4×, peak RSS under 300 MB.
 *   npm run bench:dial-list [-- rows=5000000 blacklist=500000]
 * Needs `npm run build` (the HTTP part starts dist/main.js).
 *
 * The CLI filters in-process; the service runs each pass (upload filter, export
 * re-check) in a worker thread, whose memory its peak includes. Last run at
 * 5M/500k (2 shared vCPUs, timings vary ±30% with load): floor 21.7 s; CLI
 * 15.3 s, 0.70× floor, peak 217 MB; HTTP 19.2 s, 0.88× floor, peak 267 MB
 * (242–267 over several runs). Before the compact duplicate set, the worker
 * thread and the one-string-per-page blacklist load, this machine gave CLI
 * 18.8 s / 393 MB and HTTP 37.3 s / 437 MB (floor 17.9 s).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, openAsBlob, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { createCliContext } from '../../src/bootstrap.js';
import { generateBenchFiles } from './dial-list-data.js';
import { row } from './measure.js';
import { freePort, run, watchPeak } from './process-watch.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
const ROWS = Number(args.rows ?? 5_000_000);
const BLACKLIST = Number(args.blacklist ?? 500_000);
const TOKEN = 'bench-admin-token-0123456789abcdef';

async function loadBlacklist(dataDir: string, file: string): Promise<void> {
  const ctx = await createCliContext({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
  try {
    const ds = ctx.get(DataSource);
    const phones = readFileSync(file, 'utf8').trim().split('\n');
    const now = new Date().toISOString();
    await ds.transaction(async (tx) => {
      for (let i = 0; i < phones.length; i += 500) {
        const chunk = phones.slice(i, i + 500);
        await tx.query(
          `INSERT OR IGNORE INTO blacklist_numbers (phone, active, reason, source, since, updated_at) VALUES ${chunk.map(() => `(?, 1, 'bench', 'import', ?, ?)`).join(',')}`,
          chunk.flatMap((p) => [p, now, now]),
        );
      }
    });
  } finally {
    await ctx.close();
  }
}

async function viaHttp(
  dataDir: string,
  list: string,
): Promise<{ seconds: number; peakMb: number; exported: number }> {
  const port = await freePort();
  const service = spawn(process.execPath, ['dist/main.js'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      ADMIN_API_TOKEN: TOKEN,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const peak = watchPeak(service);
  const base = `http://127.0.0.1:${port}`;
  const auth = { Authorization: `Bearer ${TOKEN}` };
  try {
    while (
      !(await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      ))
    )
      await new Promise((r) => setTimeout(r, 200));
    const started = performance.now();
    const form = new FormData();
    form.append('file', await openAsBlob(list), 'list.csv');
    let body = (await (
      await fetch(`${base}/api/dial-lists`, { method: 'POST', headers: auth, body: form })
    ).json()) as { id: number; status: string };
    while (body.status === 'processing') {
      await new Promise((r) => setTimeout(r, 250));
      body = (await (
        await fetch(`${base}/api/dial-lists/${body.id}`, { headers: auth })
      ).json()) as typeof body;
    }
    if (body.status !== 'ready') throw new Error(`dial list ${body.status}`);
    const res = await fetch(`${base}/api/dial-lists/${body.id}/export`, { headers: auth });
    let lines = 0;
    const counter = createWriteStream('/dev/null');
    await pipeline(
      Readable.fromWeb(res.body as never),
      async function* (src) {
        for await (const chunk of src as AsyncIterable<Buffer>) {
          for (const byte of chunk) if (byte === 10) lines++;
          yield chunk;
        }
      },
      counter,
    );
    return { seconds: (performance.now() - started) / 1000, peakMb: peak(), exported: lines - 1 };
  } finally {
    service.kill();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-dial-'));
  const dataDir = join(dir, 'data');
  try {
    process.stdout.write(`generating ${ROWS} rows against a ${BLACKLIST}-number blacklist…\n`);
    const files = await generateBenchFiles(dir, ROWS, BLACKLIST, 0.2);
    await loadBlacklist(dataDir, files.blacklist);
    const awk = `NR==FNR{b[$1];next} FNR==1{print;next} !($2 in b) && !seen[$2]++`;
    const floor = await run(
      'sh',
      ['-c', `exec awk -F, '${awk}' ${files.blacklist} ${files.plain} > /dev/null`],
      { stdio: 'inherit' },
    );
    const cli = await run(
      'sh',
      ['-c', `exec node dist-scripts/scripts/dial-list.js filter ${files.mixed} > /dev/null`],
      {
        env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
        stdio: 'inherit',
        cwd: resolve('.'),
      },
    );
    const http = await viaHttp(dataDir, files.mixed);
    const rate = (s: number) => `${Math.round(ROWS / s).toLocaleString('en')} rows/s`;
    row(
      'floor: awk anti-join (pre-normalised)',
      `${floor.seconds.toFixed(1)} s`,
      `${rate(floor.seconds)}, peak ${floor.peakMb} MB`,
    );
    row(
      'CLI: npm run dial-list -- filter',
      `${cli.seconds.toFixed(1)} s`,
      `${rate(cli.seconds)}, ${(cli.seconds / floor.seconds).toFixed(2)}× floor (target ≤ 2×), peak ${cli.peakMb} MB`,
    );
    row(
      'HTTP: upload + filter + export',
      `${http.seconds.toFixed(1)} s`,
      `${rate(http.seconds)}, ${(http.seconds / floor.seconds).toFixed(2)}× floor (target ≤ 4×), service peak ${http.peakMb} MB, ${http.exported} rows exported`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
