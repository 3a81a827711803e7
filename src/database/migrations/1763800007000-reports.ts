import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-columns.js';

/**
 * Weekly report (issue 7): immutable snapshots, one row per revision, and the
 * indexes that keep each figure group to one indexed pass.
 */
export class Reports1763800007000 implements MigrationInterface {
  name = 'Reports1763800007000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'report_snapshots',
        columns: [
          col.id(),
          col.str('week', 8),
          col.int('revision'),
          col.text('figures'),
          // SHA-256 of the figures: "did anything change?" without reparsing old JSON.
          col.str('figures_hash', 64),
          col.str('report_version', 32),
          col.str('engine_version', 32),
          col.timestamp('generated_at'),
          col.int('generated_by_id', true),
          col.str('generated_by_name', 120),
          col.text('reason', true),
        ],
        indices: [
          // Revisions of a week are numbered 1, 2, …; racing writers collide here.
          { name: 'uq_report_snapshots', columnNames: ['week', 'revision'], isUnique: true },
        ],
      }),
    );
    // The calls pass counts each (agent, outcome, final verdict) cell of a week as one
    // exact range of this index: equalities first, the local date last. Counting a
    // range needs no column decoded, so both engines stay near a plain COUNT(*).
    await q.createIndex(
      'calls',
      new TableIndex({
        name: 'ix_calls_report',
        columnNames: ['purpose', 'agent_code', 'outcome', 'final_status', 'local_date'],
      }),
    );
    // Failures per standard need the checker's four results, which only sales that are
    // not valid can hold a failure in: a small partial index covers exactly those.
    // The query repeats this WHERE clause literally so both planners can use it.
    await q.createIndex(
      'calls',
      new TableIndex({
        name: 'ix_calls_sales_not_valid',
        columnNames: [
          'local_date',
          'identity_result',
          'comprehension_result',
          'script_result',
          'consent_result',
          'id',
        ],
        where: "purpose = 'marketing' AND outcome = 'sale' AND final_status <> 'valid'",
      }),
    );
    // Confirmation steps due in a week; trial events of a week.
    await q.createIndex(
      'trial_steps',
      new TableIndex({ name: 'ix_trial_steps_due', columnNames: ['due_at'] }),
    );
    await q.createIndex(
      'outbox',
      new TableIndex({ name: 'ix_outbox_created', columnNames: ['created_at', 'type'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('outbox', 'ix_outbox_created');
    await q.dropIndex('trial_steps', 'ix_trial_steps_due');
    await q.dropIndex('calls', 'ix_calls_sales_not_valid');
    await q.dropIndex('calls', 'ix_calls_report');
    await q.dropTable('report_snapshots');
  }
}
