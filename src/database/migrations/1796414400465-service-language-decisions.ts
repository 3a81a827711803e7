import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col, tableRef } from '../migration-columns.js';

/**
 * Service-language findings an inspector confirms or dismisses, and what the
 * weekly report reads of them without opening a call: each call's score and
 * taboos that still count (`sl_score`, `sl_taboos`), and one row per finding.
 * Calls checked before the score existed have no `serviceLanguage` and stay
 * unscored (null); the others are filled in from their stored verdict here.
 */
export class ServiceLanguageDecisions1796414400465 implements MigrationInterface {
  name = 'ServiceLanguageDecisions1796414400465';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('calls', [
      new TableColumn(col.int('sl_score', true)),
      new TableColumn(col.int('sl_taboos', true)),
    ]);
    await q.createTable(
      new Table({
        name: 'call_language_findings',
        columns: [
          col.id(),
          col.int('call_id'),
          col.localDate('local_date'),
          col.str('finding_key', 200),
          col.str('kind', 16),
          // '' rather than NULL for kinds without them, so GROUP BY and = need no NULL cases.
          col.str('family', 120),
          col.str('phrase', 120),
          col.bool('dismissed'),
        ],
        foreignKeys: [
          { columnNames: ['call_id'], referencedTableName: 'calls', referencedColumnNames: ['id'] },
        ],
        indices: [
          {
            name: 'uq_call_language_findings',
            columnNames: ['call_id', 'finding_key'],
            isUnique: true,
          },
          // The report's recurring findings: one range of the week, grouped in index order.
          {
            name: 'ix_call_language_findings_week',
            columnNames: ['local_date', 'dismissed', 'kind', 'family', 'phrase', 'call_id'],
          },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'service_language_decisions',
        columns: [
          col.id(),
          col.int('call_id'),
          col.str('finding_key', 200),
          col.str('decision', 12),
          col.text('note', true),
          col.int('decided_by_id'),
          col.str('decided_by_name', 120),
          col.timestamp('decided_at'),
        ],
        foreignKeys: [
          { columnNames: ['call_id'], referencedTableName: 'calls', referencedColumnNames: ['id'] },
        ],
        indices: [
          {
            name: 'uq_service_language_decisions',
            columnNames: ['call_id', 'finding_key'],
            isUnique: true,
          },
        ],
      }),
    );
    await this.backfill(q);
    // Per agent over a week: score and taboos read from the index alone.
    await q.createIndex(
      'calls',
      new TableIndex({
        name: 'ix_calls_service_language',
        columnNames: ['local_date', 'agent_code', 'sl_score', 'sl_taboos'],
        where: 'sl_score IS NOT NULL',
      }),
    );
  }

  /** Nothing is dismissed yet, so the stored verdict's score and findings all count. */
  private async backfill(q: QueryRunner): Promise<void> {
    const calls = tableRef(q, 'calls');
    const findings = tableRef(q, 'call_language_findings');
    const pg = q.connection.options.type === 'postgres';
    const sl = pg ? `c.auto_compliance::jsonb -> 'serviceLanguage'` : null;
    const key = (f: (field: string) => string) =>
      `${f('kind')} || '@' || ${f('segment')} || COALESCE('/' || ${f('family')}, '')`;
    if (pg) {
      await q.query(
        `UPDATE ${calls} c SET sl_score = (${sl} ->> 'score')::int, sl_taboos = ` +
          `(SELECT COUNT(*) FROM jsonb_array_elements(${sl} -> 'findings') e WHERE e ->> 'kind' = 'taboo') ` +
          `WHERE ${sl} ->> 'score' IS NOT NULL`,
      );
      const f = (field: string) => `(e ->> '${field}')`;
      await q.query(
        `INSERT INTO ${findings} (call_id, local_date, finding_key, kind, family, phrase, dismissed) ` +
          `SELECT c.id, c.local_date, ${key(f)}, ${f('kind')}, COALESCE(${f('family')}, ''), ` +
          `LEFT(COALESCE(${f('phrase')}, ''), 120), false FROM ${calls} c ` +
          `CROSS JOIN LATERAL jsonb_array_elements(${sl} -> 'findings') e ` +
          `WHERE jsonb_typeof(${sl} -> 'findings') = 'array'`,
      );
      return;
    }
    await q.query(
      `UPDATE ${calls} SET sl_score = json_extract(auto_compliance, '$.serviceLanguage.score'), ` +
        `sl_taboos = (SELECT COUNT(*) FROM json_each(auto_compliance, '$.serviceLanguage.findings') e ` +
        `WHERE json_extract(e.value, '$.kind') = 'taboo') ` +
        `WHERE json_extract(auto_compliance, '$.serviceLanguage.score') IS NOT NULL`,
    );
    const f = (field: string) => `json_extract(e.value, '$.${field}')`;
    await q.query(
      `INSERT INTO ${findings} (call_id, local_date, finding_key, kind, family, phrase, dismissed) ` +
        `SELECT c.id, c.local_date, ${key(f)}, ${f('kind')}, COALESCE(${f('family')}, ''), ` +
        `substr(COALESCE(${f('phrase')}, ''), 1, 120), 0 FROM ${calls} c, ` +
        `json_each(c.auto_compliance, '$.serviceLanguage.findings') e`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('calls', 'ix_calls_service_language');
    await q.dropTable('service_language_decisions');
    await q.dropTable('call_language_findings');
    await q.dropColumn('calls', 'sl_taboos');
    await q.dropColumn('calls', 'sl_score');
  }
}
