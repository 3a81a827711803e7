import type { WeeklyReport } from '../domain/report-types.js';
import { esc } from './html.js';

/** The printed page's line: what an auditor copies to check the chain later. */
export function ledgerHeadLine(r: WeeklyReport): string {
  if (!r.ledgerHead) return '';
  return `<p class="ledger-head">同意记录链截至本周末：第 ${r.ledgerHead.seq} 条，哈希 <code>${esc(r.ledgerHead.hash)}</code></p>`;
}
