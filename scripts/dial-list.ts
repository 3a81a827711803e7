/**
 * Filters a dial list against the service's blacklist, the same way uploads are:
 *   npm run dial-list -- filter in.csv > out.csv
 * The counts go to stderr; the dialable rows to stdout.
 */
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { DialListRunner } from '../src/blacklist/dial-lists/dial-list-runner.js';
import { createCliContext } from '../src/bootstrap.js';

const [command, input] = process.argv.slice(2);
if (command !== 'filter' || !input) {
  process.stderr.write('usage: npm run dial-list -- filter <in.csv> > out.csv\n');
  process.exit(64);
}
const ctx = await createCliContext(process.env);
try {
  // stdout cannot be ended, so the filter writes into a pass-through that feeds it.
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  out.pipe(process.stdout, { end: false });
  const counts = await ctx.get(DialListRunner).filterToStream(input, out);
  await finished(out);
  process.stderr.write(
    `input ${counts.input}: exported ${counts.exported}, invalid ${counts.invalid}, ` +
      `duplicates ${counts.duplicates}, blacklisted ${counts.blacklisted}\n`,
  );
} finally {
  await ctx.close();
}
