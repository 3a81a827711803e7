import type { EntityManager } from 'typeorm';
import { STANDARDS, type RuleResult, type Standard } from '../compliance/index.js';
import { BulkSql } from '../database/bulk-sql.js';
import { CallStandardResult } from './call-standard-result.entity.js';
import type { Call } from './call.entity.js';

/**
 * The checker's result per standard of the registry. A verdict stored before a
 * standard existed has none for it: that standard is unknown for the call.
 */
export function checkerResults(call: Pick<Call, 'autoCompliance'>): Record<Standard, RuleResult> {
  const rules = call.autoCompliance.rules as Partial<Record<Standard, { result: RuleResult }>>;
  return Object.fromEntries(STANDARDS.map((s) => [s, rules[s]?.result ?? 'unknown'])) as Record<
    Standard,
    RuleResult
  >;
}

/** Replaces the calls' per-standard rows with their current verdict, in the caller's transaction. */
export async function writeStandardResults(
  tx: EntityManager,
  calls: readonly Call[],
): Promise<void> {
  if (calls.length === 0) return;
  const sql = new BulkSql(tx);
  const ids = calls.map((c) => c.id);
  for (let i = 0; i < ids.length; i += 10_000) {
    const chunk = ids.slice(i, i + 10_000);
    await tx.query(
      `DELETE FROM ${sql.table(CallStandardResult)} WHERE call_id IN (${sql.placeholders(chunk.length)})`,
      chunk,
    );
  }
  const rows = calls.flatMap((c) => {
    const results = checkerResults(c);
    return STANDARDS.map((s) => [c.id, s, results[s]]);
  });
  await sql.insert(CallStandardResult, ['call_id', 'standard', 'result'], rows);
}
