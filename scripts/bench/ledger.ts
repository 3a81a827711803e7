/**
 * The consent ledger's part of `npm run bench:compliance`: the import with
 * its ledger appends switched off for comparison, and the verification rate
 * over a chain of `entries` synthetic sale entries.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sha256Hex } from '../../src/ledger/domain/canonical.js';
import type { EntryDraft } from '../../src/ledger/domain/chain.js';
import { LedgerService, LedgerVerifier } from '../../src/ledger/index.js';
import { LedgerWriter } from '../../src/ledger/ledger-writer.js';
import { row, timeAsync } from './measure.js';

/** Runs `work` with sales not chained: the import's cost without the ledger. */
export async function withoutLedger<T>(ctx: INestApplicationContext, work: () => Promise<T>) {
  const ledger = ctx.get(LedgerService);
  const appendSales = ledger.appendSales.bind(ledger);
  ledger.appendSales = () => Promise.resolve([]);
  try {
    return await work();
  } finally {
    ledger.appendSales = appendSales;
  }
}

const BATCH = 5_000;

/** A sale entry about as large as a real one (terms, script hash, verdict, four segments). */
function saleDraft(i: number): EntryDraft {
  const segments = ['price', 'trial', 'cancel', 'consent'].map((role, k) => ({
    role: k === 3 ? 'consent' : 'disclosure',
    index: k * 3,
    speaker: k === 3 ? 'customer' : 'agent',
    startMs: k * 9_000,
    endMs: k * 9_000 + 4_000,
    textSha256: sha256Hex(`${role}${i}`),
  }));
  return {
    kind: 'sale',
    subject: `call:${i}`,
    phone: `139${String(i).padStart(8, '0')}`,
    payload: {
      callId: i,
      externalId: `BENCH-${i}`,
      agent: 'B001',
      product: { code: 'MUSIC10', monthlyFeeCents: 1000, trialDays: 30 },
      script: null,
      verdict: { automatic: 'valid', final: 'valid', finalSource: 'automatic', engineVersion: 'x' },
      trialEnd: { date: '2026-12-09', disclosed: true },
      recording: null,
      segments,
    },
  };
}

export async function benchLedgerVerify(ctx: INestApplicationContext, entries: number) {
  const db = ctx.get(DataSource);
  const writer = ctx.get(LedgerWriter);
  const appended = await timeAsync(async () => {
    for (let from = 0; from < entries; from += BATCH) {
      const drafts = Array.from({ length: Math.min(BATCH, entries - from) }, (_, k) =>
        saleDraft(from + k),
      );
      await db.transaction((tx) => writer.append(tx, drafts));
    }
  });
  row(
    'ledger: appends/s (5,000 per transaction)',
    (entries / appended.seconds).toFixed(0),
    `${entries} synthetic sale entries`,
  );
  const v = await ctx.get(LedgerVerifier).verify();
  row(
    'ledger verification: entries/s',
    String(v.entriesPerSecond),
    `${v.entries} entries in ${(v.durationMs / 1000).toFixed(1)} s; ${v.ok ? 'intact' : `${v.breakCount} breaks`}`,
  );
}
