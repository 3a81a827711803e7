/**
 * Recomputes the consent ledger against the service's database and recordings:
 * `npm run ledger:verify`. Prints the chain head, the rate, and every break
 * (entry, what, why). Exits 0 when nothing is broken, 1 otherwise.
 */
import { createCliContext } from '../src/bootstrap.js';
import { LedgerVerifier } from '../src/ledger/index.js';

const ctx = await createCliContext(process.env);
try {
  const v = await ctx.get(LedgerVerifier).verify();
  process.stdout.write(
    `${v.entries} entries, head ${v.head.seq} ${v.head.hash}\n` +
      `${v.scriptsChecked} script versions and ${v.recordingsChecked} recordings re-hashed\n` +
      (v.purgedByPolicyCount
        ? `${v.purgedByPolicyCount} recordings absent: purged by policy (retention), not broken\n`
        : '') +
      `verified in ${(v.durationMs / 1000).toFixed(1)} s (${v.entriesPerSecond} entries/s)\n`,
  );
  for (const b of v.breaks)
    process.stdout.write(`BROKEN at entry ${b.seq} (${b.what}): ${b.why}\n`);
  if (v.breakCount > v.breaks.length)
    process.stdout.write(`… ${v.breakCount - v.breaks.length} more breaks\n`);
  process.stdout.write(v.ok ? 'ledger intact\n' : `ledger BROKEN: ${v.breakCount} breaks\n`);
  process.exitCode = v.ok ? 0 : 1;
} finally {
  await ctx.close();
}
