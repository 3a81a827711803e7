import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '../migration-columns.js';

const fk = (column: string, table: string) => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
});

/**
 * Trials and their confirmation schedule. The database owns every pending
 * piece of work (a row per step, a row per charge gate, a row per outgoing
 * event); Redis only holds jobs that point at these rows by id.
 */
export class Trials1763800006000 implements MigrationInterface {
  name = 'Trials1763800006000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'trials',
        columns: [
          col.id(),
          col.str('phone', 20),
          col.int('product_id'),
          col.str('product_code', 32),
          col.int('sale_call_id'),
          col.str('status', 16),
          col.localDate('trial_start'),
          col.localDate('trial_end'),
          col.int('trial_days'),
          col.int('extensions'),
          col.str('cancel_reason', 32, true),
          col.text('used_call_ids'),
          col.int('version'),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
          col.timestamp('closed_at', true),
        ],
        foreignKeys: [fk('product_id', 'products'), fk('sale_call_id', 'calls')],
        indices: [
          { name: 'uq_trials_sale_call', columnNames: ['sale_call_id'], isUnique: true },
          { name: 'ix_trials_phone', columnNames: ['phone'] },
          { name: 'ix_trials_status', columnNames: ['status'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'trial_steps',
        columns: [
          col.id(),
          col.int('trial_id'),
          col.int('step'),
          col.str('status', 16),
          col.timestamp('due_at'),
          col.int('attempt'),
          col.str('outcome', 24, true),
          col.int('call_id', true),
          col.timestamp('calling_since', true),
          col.timestamp('dialer_notified_at', true),
          col.timestamp('updated_at'),
        ],
        foreignKeys: [fk('trial_id', 'trials'), fk('call_id', 'calls')],
        indices: [
          { name: 'uq_trial_steps', columnNames: ['trial_id', 'step'], isUnique: true },
          { name: 'ix_trial_steps_status_due', columnNames: ['status', 'due_at'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'trial_gates',
        columns: [
          col.id(),
          col.int('trial_id'),
          col.int('seq'),
          col.timestamp('due_at'),
          col.str('status', 16),
          col.timestamp('fired_at', true),
        ],
        foreignKeys: [fk('trial_id', 'trials')],
        indices: [
          { name: 'uq_trial_gates', columnNames: ['trial_id', 'seq'], isUnique: true },
          { name: 'ix_trial_gates_status', columnNames: ['status', 'due_at'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'outbox',
        columns: [
          col.id(),
          col.str('type', 32),
          col.int('trial_id'),
          col.text('payload'),
          col.str('status', 16),
          col.int('attempts'),
          col.str('last_error', 500, true),
          col.timestamp('created_at'),
          col.timestamp('delivered_at', true),
        ],
        foreignKeys: [fk('trial_id', 'trials')],
        indices: [
          { name: 'ix_outbox_status', columnNames: ['status', 'id'] },
          { name: 'ix_outbox_trial', columnNames: ['trial_id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('outbox');
    await q.dropTable('trial_gates');
    await q.dropTable('trial_steps');
    await q.dropTable('trials');
  }
}
