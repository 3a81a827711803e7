import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col, tableRef } from '../migration-columns.js';

/**
 * The call-back's result and the reopened work order (不满意工单重启). Existing
 * complaints start at zero reopens; one already called back has no recorded
 * result, so it must have its result recorded before it can close.
 */
export class ComplaintCallBacks1764600000000 implements MigrationInterface {
  name = 'ComplaintCallBacks1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('complaints', [
      new TableColumn(col.str('call_back_result', 16, true)),
      new TableColumn({ ...col.int('call_backs'), default: 0 }),
      new TableColumn({ ...col.int('reopen_count'), default: 0 }),
    ]);
    // Complaints that were called back before this release had one call-back.
    await q.query(
      `UPDATE ${tableRef(q, 'complaints')} SET call_backs = 1 ` +
        `WHERE status IN ('called_back', 'closed') AND id IN ` +
        `(SELECT complaint_id FROM ${tableRef(q, 'complaint_events')} WHERE to_status = 'called_back')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['reopen_count', 'call_backs', 'call_back_result'])
      await q.dropColumn('complaints', name);
  }
}
