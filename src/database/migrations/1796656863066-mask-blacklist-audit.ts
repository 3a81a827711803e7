import { MigrationInterface, QueryRunner } from 'typeorm';
import { param, tableRef } from '../migration-columns.js';

const BATCH = 500;
/**
 * A mainland mobile as typed into a blacklist path or id (+86/0086/86, separators, full-width
 * digits, percent-encoding). Frozen here: a migration must not change with the app's masker.
 */
const MOBILE = /(?<!\d)(?:(?:\+|00)?86[\s\-.()/+]*)?(1[3-9](?:[\s\-.()/+]*\d){9})(?!\d)/g;

function maskPhonesInText(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Not percent-encoded throughout: searched as stored.
  }
  const folded = decoded.replace(/[\uFF10-\uFF19]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  const masked = folded.replace(MOBILE, (_m, number: string) => {
    const d = number.replace(/\D/g, '');
    return `${d.slice(0, 3)}****${d.slice(7)}`;
  });
  return masked === folded ? text : masked;
}

/**
 * Blacklist changes were audited with the number as typed in the entity id and the
 * path (`DELETE /api/blacklist/+86 138…`): an audit row outlives the number's own
 * clock (3 years) and an erase keeps audit rows, so the number is masked there as
 * new rows are. Who changed the list stays here; which number, in blacklist_events.
 * One-way: down leaves the masked rows as they are (the digits are gone).
 */
export class MaskBlacklistAudit1796656863066 implements MigrationInterface {
  name = 'MaskBlacklistAudit1796656863066';

  async up(q: QueryRunner): Promise<void> {
    const table = tableRef(q, 'audit_log');
    for (let after = 0; ;) {
      const rows = (await q.query(
        `SELECT id, entity_id, path FROM ${table} WHERE entity = 'blacklist' AND id > ${param(q, 1)} ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as { id: number | string; entity_id: string | null; path: string | null }[];
      if (rows.length === 0) return;
      for (const row of rows) await maskRow(q, table, row);
      after = Number(rows[rows.length - 1].id);
    }
  }

  async down(): Promise<void> {
    // Nothing to restore: masking cannot be undone, and the masked form is valid data.
  }
}

async function maskRow(
  q: QueryRunner,
  table: string,
  row: { id: number | string; entity_id: string | null; path: string | null },
): Promise<void> {
  const entityId = row.entity_id === null ? null : maskPhonesInText(row.entity_id);
  const path = row.path === null ? null : maskPhonesInText(row.path);
  if (entityId === row.entity_id && path === row.path) return;
  await q.query(
    `UPDATE ${table} SET entity_id = ${param(q, 1)}, path = ${param(q, 2)} WHERE id = ${param(q, 3)}`,
    [entityId, path, row.id],
  );
}
