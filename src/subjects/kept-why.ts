import type { KeptItem } from './domain/retention-holds.js';

/** Each reason in words, for the person who asked and for the auditor. */
const WHY: Record<KeptItem['reason'], (k: KeptItem) => string> = {
  retention_clock: (k) => `the legal or policy retention of ${k.class} runs until ${k.until}`,
  legal_hold: () => 'an open complaint names it: legal hold while the complaint is open',
  open_order: () =>
    'the subscription order is still in force; its 5-month clock starts when it closes',
  awaiting_purge: (k) =>
    `retention ended ${k.until}; the retention purge deletes the file and records it in the ledger`,
  hash_chained: () =>
    'consent-ledger entries: the number is inside each hashed entry, so changing one would break ' +
    'GET /api/ledger/verify; kept as consent proof (segment texts go with the transcript)',
  blocked: () =>
    'a blacklist row for the number, if any, stays untouched so the number stays blocked in every dial list',
  audit_trail: () =>
    'audit rows (listens, exports, erasures) name calls by id and this subject by its hash only',
};

export function keptWhy(k: KeptItem): string {
  return WHY[k.reason](k);
}
