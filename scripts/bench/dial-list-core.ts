/**
 * Micro-benchmark of the dial-list core (no Nest, no database).
 *
 *   npm run build:scripts
 *   node dist-scripts/scripts/bench/dial-list-core.js [--rows 1000000] [--blacklist 100000] [--odd 0.2]
 *
 * Generates a list with a share `--odd` of unusual spellings and a pre-normalised
 * copy, then filters each in a child process (so peak RSS is per run) and, for
 * scale, runs an awk hash anti-join on the pre-normalised copy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizePhone, phoneKey } from '../../src/common/phone/normalize-phone.js';
import { outputFile } from '../../src/blacklist/dial-lists/filter-job.js';
import { filterDialList } from '../../src/blacklist/domain/dial-list-filter.js';
import { fileChunks } from '../../src/blacklist/domain/file-chunks.js';
import { PhoneSet } from '../../src/blacklist/domain/phone-set.js';
import { generateBenchFiles } from './dial-list-data.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

async function filterRun(listPath: string, blacklistPath: string): Promise<void> {
  const started = performance.now();
  // Loaded the way a service should: straight into the compact set, without
  // an intermediate array of 500k strings.
  const text = readFileSync(blacklistPath, 'latin1');
  const blacklist = new PhoneSet();
  for (let at = 0, nl = text.indexOf('\n'); nl > 0; at = nl + 1, nl = text.indexOf('\n', at)) {
    blacklist.add(phoneKey(normalizePhone(text.slice(at, nl))!));
  }
  const loaded = performance.now();
  // Read and written as the service's filter worker does (see filter-job.ts).
  const counts = await filterDialList(
    fileChunks(listPath),
    outputFile(join(tmpdir(), `dial-list-bench-${process.pid}.csv`)),
    { isBlacklisted: (key) => blacklist.has(key) },
  );
  const done = performance.now();
  rmSync(join(tmpdir(), `dial-list-bench-${process.pid}.csv`));
  const seconds = (done - loaded) / 1000;
  console.log(
    JSON.stringify({
      counts,
      blacklistLoadMs: Math.round(loaded - started),
      filterSeconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(counts.input / seconds),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

function normaliseSpeed(samples: string[]): number {
  const started = process.hrtime.bigint();
  let valid = 0;
  for (const s of samples) if (normalizePhone(s) !== null) valid++;
  const ns = Number(process.hrtime.bigint() - started) / samples.length;
  // Using the result keeps the loop from being optimised away.
  if (valid < 0) throw new Error('unreachable');
  return Math.round(ns);
}

async function main(): Promise<void> {
  if (args[0] === '--run') return filterRun(args[1], args[2]);
  const rows = arg('rows', 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'dial-list-bench-'));
  try {
    const files = await generateBenchFiles(dir, rows, arg('blacklist', 100_000), arg('odd', 0.2));
    console.log(
      `normalisation ns/number: plain ${normaliseSpeed(files.plainSamples)}, odd ${normaliseSpeed(files.oddSamples)}`,
    );
    for (const [label, path] of [
      ['mixed spellings', files.mixed],
      ['pre-normalised', files.plain],
    ]) {
      const out = execFileSync(process.execPath, [process.argv[1], '--run', path, files.blacklist]);
      console.log(`${label}: ${out.toString().trim()}`);
    }
    const awk = `NR==FNR{b[$1];next} FNR==1{print;next} !($2 in b) && !seen[$2]++`;
    const started = performance.now();
    execFileSync('awk', ['-F,', awk, files.blacklist, files.plain], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    console.log(
      `awk anti-join on pre-normalised: ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
