import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { col, tableRef } from '../migration-columns.js';

/**
 * Retention clocks as data: one row per data class, edited by admins through
 * PUT /api/retention/policies. The defaults meet the legal minimums (30 days
 * for recordings, numbers, call times and consent proof; 5 months for
 * subscription orders); see the README's "Retention" section for why each.
 * A held recording has no clock (keep_days null): it stays while its hold is open.
 *
 * A purged recording keeps its row (who uploaded it, its SHA-256) with the time
 * its file was deleted, so the call still says it had one and none can be
 * uploaded in its place.
 */
const DEFAULTS: [string, number | null][] = [
  ['recordings_unsampled', 90],
  ['recordings_reviewed', 365],
  ['recordings_held', null],
  ['transcripts', 180],
  ['calls', 365],
  ['trials', 180],
  ['dial_lists', 90],
  ['audit', 1095],
  ['ledger', 1095],
];

export class RetentionPolicies1796590026398 implements MigrationInterface {
  name = 'RetentionPolicies1796590026398';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'retention_policies',
        columns: [
          { ...col.str('data_class', 32), isPrimary: true },
          col.int('keep_days', true),
          col.timestamp('updated_at'),
          col.str('updated_by', 120, true),
        ],
      }),
    );
    await q.addColumn('call_recordings', new TableColumn(col.timestamp('purged_at', true)));
    const at = new Date().toISOString();
    for (const [dataClass, days] of DEFAULTS)
      await q.query(
        `INSERT INTO ${tableRef(q, 'retention_policies')} (data_class, keep_days, updated_at)
         VALUES ('${dataClass}', ${days === null ? 'NULL' : days}, '${at}')`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('call_recordings', 'purged_at');
    await q.dropTable('retention_policies');
  }
}
