import { In, type EntityManager } from 'typeorm';
import { findingKey, tallyServiceLanguage } from '../../compliance/index.js';
import { BulkSql } from '../../database/bulk-sql.js';
import type { Call } from '../call.entity.js';
import { FindingDecisionRow } from './finding-decision.entity.js';
import { LanguageFinding } from './language-finding.entity.js';

/** What the weekly report counts of a call's findings, one row each (ids must be known). */
export function languageFindingRows(
  call: Call,
  dismissed: ReadonlySet<string> = new Set(),
): LanguageFinding[] {
  const all = call.autoCompliance.serviceLanguage?.findings ?? [];
  const counted = new Set(
    tallyServiceLanguage(call.autoCompliance.serviceLanguage, dismissed).findings,
  );
  return all.map((f) =>
    Object.assign(new LanguageFinding(), {
      callId: call.id,
      localDate: call.localDate,
      findingKey: findingKey(f),
      kind: f.kind,
      family: (f.family ?? '').slice(0, 120),
      phrase: (f.phrase ?? '').slice(0, 120),
      dismissed: !counted.has(f),
    }),
  );
}

/**
 * Writes the calls' finding rows in the caller's transaction, beside their
 * verdict. `replace`: the calls had rows (re-evaluation), which go first.
 */
export async function writeLanguageFindings(
  tx: EntityManager,
  calls: Call[],
  options: { replace?: boolean; dismissed?: ReadonlySet<string> } = {},
): Promise<void> {
  if (options.replace && calls.length > 0)
    await tx.getRepository(LanguageFinding).delete({ callId: In(calls.map((c) => c.id)) });
  const rows = calls.flatMap((c) => languageFindingRows(c, options.dismissed));
  if (rows.length > 0) await new BulkSql(tx).insertEntities(LanguageFinding, rows);
}

/** Keys of the call's findings an inspector dismissed. */
export async function dismissedKeys(m: EntityManager, callId: number): Promise<Set<string>> {
  const rows = await m
    .getRepository(FindingDecisionRow)
    .find({ select: { findingKey: true }, where: { callId, decision: 'dismissed' } });
  return new Set(rows.map((r) => r.findingKey));
}
