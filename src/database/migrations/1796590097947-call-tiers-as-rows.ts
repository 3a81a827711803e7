import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col, tableRef } from '../migration-columns.js';

const TIER_COLUMNS = ['rate_ppm', 'reviewer_role', 'due_business_days'] as const;
const CALL_TIERS = [
  // Yesterday's draw at 01:00 local, last week's on Monday at 02:00 (the former constants).
  { tier: 'daily', kind: 'day', schedule: '0 0 1 * * *', label: '每日抽查' },
  { tier: 'weekly', kind: 'week', schedule: '0 0 2 * * 1', label: '每周抽查' },
] as const;

/**
 * The call tiers become rows of qa_tiers (issue 15, tiers as data): each row
 * gets a schedule (six-field cron in CENTRE_TZ; null: drawn by hand only) and a
 * console label; daily and weekly are copied from qa_plan's columns, which are
 * dropped, so qa_plan keeps only the re-check rule. Down copies the two rows
 * back into the columns and deletes every call tier row, including any added
 * since (their runs stay, but no plan column can hold them).
 */
export class CallTiersAsRows1796590097947 implements MigrationInterface {
  name = 'CallTiersAsRows1796590097947';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('qa_tiers', [
      new TableColumn(col.str('schedule', 32, true)),
      new TableColumn(col.str('label', 64, true)),
    ]);
    const tiers = tableRef(q, 'qa_tiers');
    const plan = tableRef(q, 'qa_plan');
    await q.query(
      `UPDATE ${tiers} SET schedule = '0 30 2 * * 1', label = '工单质检' WHERE tier = 'work_order'`,
    );
    for (const t of CALL_TIERS) {
      const from = TIER_COLUMNS.map((c) => `${t.tier}_${c}`).join(', ');
      await q.query(
        `INSERT INTO ${tiers} (tier, subject, period_kind, ${TIER_COLUMNS.join(', ')},
           updated_at, updated_by, schedule, label)
         SELECT '${t.tier}', 'call', '${t.kind}', ${from}, updated_at, updated_by,
           '${t.schedule}', '${t.label}'
         FROM ${plan} WHERE id = (SELECT MIN(id) FROM ${plan})`,
      );
    }
    for (const t of CALL_TIERS)
      for (const c of TIER_COLUMNS) await q.dropColumn('qa_plan', `${t.tier}_${c}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const tiers = tableRef(q, 'qa_tiers');
    const plan = tableRef(q, 'qa_plan');
    const columns = CALL_TIERS.flatMap((t) =>
      TIER_COLUMNS.map((c) => ({ tier: t.tier, name: `${t.tier}_${c}`, source: c })),
    );
    const definition = (name: string, nullable: boolean) =>
      name.endsWith('_role') ? col.str(name, 32, nullable) : col.int(name, nullable);
    await q.addColumns(
      'qa_plan',
      columns.map((c) => new TableColumn(definition(c.name, true))),
    );
    for (const c of columns)
      await q.query(
        `UPDATE ${plan} SET ${c.name} = (SELECT ${c.source} FROM ${tiers} WHERE tier = '${c.tier}')`,
      );
    await q.changeColumns(
      'qa_plan',
      columns.map((c) => ({
        oldColumn: new TableColumn(definition(c.name, true)),
        newColumn: new TableColumn(definition(c.name, false)),
      })),
    );
    await q.query(`DELETE FROM ${tiers} WHERE subject = 'call'`);
    for (const name of ['label', 'schedule']) await q.dropColumn('qa_tiers', name);
  }
}
