import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, tableRef } from '../migration-columns.js';

const fk = (column: string, table: string) => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
});

/**
 * Work-order QA (工单质量双向质检, issue 17): sampling tiers as rows (the
 * work-order tier first; the call tiers are still qa_plan's columns), the
 * weekly draws of closed complaints and their reviewed items.
 */
export class WorkOrderQa1796414393471 implements MigrationInterface {
  name = 'WorkOrderQa1796414393471';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'qa_tiers',
        columns: [
          col.id(),
          // Stable name a draw and its runs refer to, e.g. 'work_order'.
          col.str('tier', 32),
          // What the tier samples ('complaint') and over which period ('week').
          col.str('subject', 16),
          col.str('period_kind', 8),
          col.int('rate_ppm'),
          col.str('reviewer_role', 32),
          col.int('due_business_days'),
          col.timestamp('updated_at'),
          col.str('updated_by', 120, true),
        ],
        indices: [{ name: 'uq_qa_tiers_tier', columnNames: ['tier'], isUnique: true }],
      }),
    );
    await q.query(
      `INSERT INTO ${tableRef(q, 'qa_tiers')} (tier, subject, period_kind, rate_ppm,
         reviewer_role, due_business_days, updated_at)
       VALUES ('work_order', 'complaint', 'week', 100000, 'supervisor', 3, '${new Date().toISOString()}')`,
    );
    await q.createTable(
      new Table({
        name: 'qa_work_order_runs',
        columns: [
          col.id(),
          col.str('period', 10),
          col.timestamp('period_start'),
          col.timestamp('period_end'),
          col.str('seed', 64),
          col.str('algorithm', 96),
          col.int('rate_ppm'),
          col.str('reviewer_role', 32),
          col.int('population_size'),
          col.int('quota'),
          col.int('sample_size'),
          col.int('random_count'),
          col.int('flagged_count'),
          // The population the draw saw, so an auditor can re-run it from the seed.
          col.text('population'),
          col.timestamp('created_at'),
          col.int('created_by_id', true),
          col.str('created_by_name', 120),
        ],
        foreignKeys: [fk('created_by_id', 'users')],
        // A week is drawn once: concurrent requests and workers race on this key.
        indices: [{ name: 'uq_qa_wo_runs_period', columnNames: ['period'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'qa_work_order_items',
        columns: [
          col.id(),
          col.int('run_id'),
          col.str('period', 10),
          col.int('complaint_id'),
          col.int('handler_id', true),
          col.str('handler_name', 120),
          col.str('reason', 8),
          // Why a flagged one was taken: reopened, first_contact, resolution (comma-separated).
          col.str('flags', 64, true),
          col.int('assignee_id', true),
          col.str('assignee_name', 120, true),
          col.timestamp('due_at'),
          col.str('status', 12),
          col.text('checks', true),
          col.int('reviewer_id', true),
          col.str('reviewer_name', 120, true),
          col.timestamp('reviewed_at', true),
          col.text('contest_reason', true),
          col.timestamp('contested_at', true),
          col.text('decision_note', true),
          col.int('decided_by_id', true),
          col.str('decided_by_name', 120, true),
          col.timestamp('decided_at', true),
          col.timestamp('created_at'),
        ],
        foreignKeys: [
          fk('run_id', 'qa_work_order_runs'),
          fk('complaint_id', 'complaints'),
          fk('handler_id', 'users'),
          fk('assignee_id', 'users'),
          fk('reviewer_id', 'users'),
          fk('decided_by_id', 'users'),
        ],
        indices: [
          // A complaint closes once, so it is drawn at most once.
          { name: 'uq_qa_wo_items_complaint', columnNames: ['complaint_id'], isUnique: true },
          { name: 'ix_qa_wo_items_period', columnNames: ['period'] },
          { name: 'ix_qa_wo_items_handler', columnNames: ['handler_id', 'status'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('qa_work_order_items');
    await q.dropTable('qa_work_order_runs');
    await q.dropTable('qa_tiers');
  }
}
