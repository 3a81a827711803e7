/**
 * Bulk-imports calls into the service's database: `npm run import -- calls.ndjson`
 * or `npm run import -- calls.csv` (transcriptFile paths relative to the CSV).
 * Exits 0 when every row landed, 2 when some rows were rejected (the rest landed).
 */
import { createReadStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createCliContext } from '../src/bootstrap.js';
import { CallImporter } from '../src/calls/import/call-importer.js';
import { csvRecords, ndjsonRecords } from '../src/calls/import/import-records.js';
import { AppConfig } from '../src/config/app-config.js';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: npm run import -- <calls.ndjson | calls.csv>\n');
  process.exit(64);
}
const file = resolve(path);
const ctx = await createCliContext(process.env);
try {
  const input = createReadStream(file);
  const line = ctx.get(AppConfig).jsonBodyLimitBytes;
  const records = /\.csv$/i.test(file)
    ? csvRecords(input, line, dirname(file))
    : ndjsonRecords(input, line);
  const started = Date.now();
  const report = await ctx.get(CallImporter).run(records);
  const seconds = (Date.now() - started) / 1000;
  for (const e of report.errors)
    process.stderr.write(
      `line ${e.line}${e.externalId ? ` (${e.externalId})` : ''}: ${e.message}\n`,
    );
  process.stdout.write(
    `${report.rows} rows: ${report.created} created, ${report.unchanged} unchanged, ${report.failed} rejected ` +
      `in ${seconds.toFixed(1)} s\n`,
  );
  process.exitCode = report.failed > 0 ? 2 : 0;
} finally {
  await ctx.close();
}
