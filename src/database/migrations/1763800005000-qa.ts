import { MigrationInterface, QueryRunner, Table, type TableColumnOptions } from 'typeorm';
import { col } from '../migration-columns.js';

const nullableBool = (name: string): TableColumnOptions => ({
  name,
  type: 'boolean',
  isNullable: true,
});
const fk = (column: string, table: string) => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
});

/** QA sampling and review (issue 4): plan, runs, items, reviews, re-checks, call-backs, penalties. */
export class Qa1763800005000 implements MigrationInterface {
  name = 'Qa1763800005000';

  async up(q: QueryRunner): Promise<void> {
    // One row: the plan is edited as a whole and every run copies what it used.
    await q.createTable(
      new Table({
        name: 'qa_plan',
        columns: [
          col.id(),
          col.int('daily_rate_ppm'),
          col.str('daily_reviewer_role', 32),
          col.int('daily_due_business_days'),
          col.int('weekly_rate_ppm'),
          col.str('weekly_reviewer_role', 32),
          col.int('weekly_due_business_days'),
          col.int('recheck_release_passes'),
          col.int('recheck_release_business_days'),
          col.timestamp('updated_at'),
          col.str('updated_by', 120, true),
        ],
      }),
    );
    // Literal values only, so the statement is the same on both dialects; on PostgreSQL
    // the configured schema is named, since search_path need not point at it.
    const schema = (q.connection.options as { schema?: string }).schema;
    const table = schema ? `"${schema}"."qa_plan"` : 'qa_plan';
    await q.query(
      `INSERT INTO ${table} (daily_rate_ppm, daily_reviewer_role, daily_due_business_days,
         weekly_rate_ppm, weekly_reviewer_role, weekly_due_business_days,
         recheck_release_passes, recheck_release_business_days, updated_at)
       VALUES (100000, 'inspector', 2, 50000, 'supervisor', 2, 5, 10, '${new Date().toISOString()}')`,
    );

    await q.createTable(
      new Table({
        name: 'qa_sampling_runs',
        columns: [
          col.id(),
          col.str('tier', 8),
          col.str('period', 10),
          col.timestamp('period_start'),
          col.timestamp('period_end'),
          // False when drawn by hand before the period ended: later calls were not in it.
          col.bool('complete', true),
          col.str('seed', 64),
          col.str('algorithm', 96),
          col.int('rate_ppm'),
          col.str('reviewer_role', 32),
          col.int('population_size'),
          col.int('quota'),
          col.int('sample_size'),
          col.int('random_count'),
          col.int('recheck_count'),
          col.int('flagged_count'),
          // The population with the flags the draw saw (JSON), so an auditor can re-run it.
          col.text('population'),
          col.timestamp('created_at'),
          col.int('created_by_id', true),
          col.str('created_by_name', 120),
        ],
        foreignKeys: [fk('created_by_id', 'users')],
        indices: [
          // A period is drawn once: concurrent requests and workers race on this key.
          { name: 'uq_qa_runs_tier_period', columnNames: ['tier', 'period'], isUnique: true },
          { name: 'ix_qa_runs_created', columnNames: ['created_at'] },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'qa_sample_items',
        columns: [
          col.id(),
          col.int('run_id'),
          col.str('tier', 8),
          col.str('period', 10),
          col.int('call_id'),
          col.str('agent_code', 32),
          col.str('reason', 8),
          col.int('assignee_id', true),
          col.str('assignee_name', 120, true),
          col.str('status', 10),
          col.timestamp('due_at'),
          col.timestamp('created_at'),
          col.timestamp('reviewed_at', true),
          col.int('review_id', true),
        ],
        foreignKeys: [
          fk('run_id', 'qa_sampling_runs'),
          fk('call_id', 'calls'),
          fk('assignee_id', 'users'),
        ],
        indices: [
          // Also the index for a run's items; a draw writes thousands of rows, so no more indexes than needed.
          { name: 'uq_qa_items_run_call', columnNames: ['run_id', 'call_id'], isUnique: true },
          // The queue and the least-loaded count: open items per reviewer.
          { name: 'ix_qa_items_assignee', columnNames: ['assignee_id', 'status', 'created_at'] },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'qa_reviews',
        columns: [
          col.id(),
          col.int('item_id'),
          col.int('call_id'),
          col.str('agent_code', 32),
          col.str('tier', 8),
          col.str('kind', 10),
          col.int('reviewer_id'),
          col.str('reviewer_name', 120),
          col.str('reviewer_role', 32),
          col.str('identity', 4),
          col.str('comprehension', 4),
          col.str('script', 4),
          col.str('consent', 4),
          col.bool('passed', false),
          col.text('notes', true),
          col.text('comments', true),
          // What the checker said when the human decided: calibration compares the two.
          col.str('checker_identity', 8),
          col.str('checker_comprehension', 8),
          col.str('checker_script', 8),
          col.str('checker_consent', 8),
          col.str('checker_status', 16),
          col.int('overturns_review_id', true),
          col.text('overturn_reason', true),
          col.int('overturned_by_review_id', true),
          col.timestamp('created_at'),
          col.localDate('review_date'),
        ],
        foreignKeys: [
          fk('item_id', 'qa_sample_items'),
          fk('call_id', 'calls'),
          fk('reviewer_id', 'users'),
        ],
        indices: [
          { name: 'ix_qa_reviews_call', columnNames: ['call_id'] },
          { name: 'ix_qa_reviews_item', columnNames: ['item_id'] },
          { name: 'ix_qa_reviews_date', columnNames: ['review_date'] },
        ],
      }),
    );

    // One row per stint on the re-check list (加强多次重复核查), kept after release.
    await q.createTable(
      new Table({
        name: 'qa_rechecks',
        columns: [
          col.id(),
          col.str('agent_code', 32),
          col.str('reason', 500),
          col.timestamp('since'),
          col.timestamp('last_failure_at'),
          col.int('consecutive_passes'),
          col.timestamp('until'),
          col.timestamp('released_at', true),
          col.str('release_reason', 16, true),
          col.int('first_review_id'),
          col.int('failures'),
          col.timestamp('updated_at'),
        ],
        indices: [{ name: 'ix_qa_rechecks_agent', columnNames: ['agent_code', 'id'] }],
      }),
    );

    await q.createTable(
      new Table({
        name: 'qa_remedial_tasks',
        columns: [
          col.id(),
          col.int('call_id'),
          col.int('review_id'),
          col.str('phone', 20),
          col.str('agent_code', 32),
          col.str('product_code', 32),
          col.str('reason', 500),
          col.str('status', 10),
          col.int('callback_call_id', true),
          nullableBool('customer_agreed'),
          col.bool('subscription_cancelled', false),
          col.text('note', true),
          col.timestamp('created_at'),
          col.timestamp('completed_at', true),
          col.int('completed_by_id', true),
          col.str('completed_by_name', 120, true),
        ],
        foreignKeys: [
          fk('call_id', 'calls'),
          fk('review_id', 'qa_reviews'),
          fk('callback_call_id', 'calls'),
        ],
        indices: [
          { name: 'ix_qa_remedial_status', columnNames: ['status', 'id'] },
          { name: 'ix_qa_remedial_call', columnNames: ['call_id'] },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'qa_penalties',
        columns: [
          col.id(),
          col.str('agent_code', 32),
          col.int('call_id'),
          col.int('review_id'),
          col.str('reason', 500),
          col.timestamp('created_at'),
          col.timestamp('rescinded_at', true),
          col.str('rescinded_reason', 500, true),
        ],
        foreignKeys: [fk('call_id', 'calls'), fk('review_id', 'qa_reviews')],
        indices: [
          { name: 'ix_qa_penalties_agent', columnNames: ['agent_code', 'created_at'] },
          { name: 'ix_qa_penalties_call', columnNames: ['call_id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'qa_penalties',
      'qa_remedial_tasks',
      'qa_rechecks',
      'qa_reviews',
      'qa_sample_items',
      'qa_sampling_runs',
      'qa_plan',
    ])
      await q.dropTable(table);
  }
}
