import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '../migration-columns.js';

export class Complaints1763800004000 implements MigrationInterface {
  name = 'Complaints1763800004000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'complaints',
        columns: [
          col.id(),
          col.str('phone', 20),
          col.str('severity', 8),
          col.str('category', 64),
          col.text('description'),
          col.int('call_id', true),
          // Copied from the call so per-agent complaint rates need no join.
          col.str('agent_code', 32, true),
          col.str('status', 16),
          col.int('owner_id', true),
          col.str('owner_name', 120),
          col.timestamp('received_at'),
          col.timestamp('first_contact_due_at'),
          col.timestamp('resolution_due_at'),
          col.timestamp('first_contacted_at', true),
          col.timestamp('resolved_at', true),
          col.timestamp('closed_at', true),
          col.bool('escalated', false),
          col.str('escalation_reason', 500, true),
          col.bool('opt_out', false),
          col.text('outcome', true),
          col.timestamp('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['call_id'], referencedTableName: 'calls', referencedColumnNames: ['id'] },
        ],
        indices: [
          // Repeat detection looks up one number over a 60-day window.
          { name: 'ix_complaints_phone', columnNames: ['phone', 'received_at'] },
          { name: 'ix_complaints_agent', columnNames: ['agent_code', 'received_at'] },
          { name: 'ix_complaints_status', columnNames: ['status'] },
          { name: 'ix_complaints_received', columnNames: ['received_at'] },
        ],
      }),
    );
    // History: every status change with who made it, kept forever.
    await q.createTable(
      new Table({
        name: 'complaint_events',
        columns: [
          col.id(),
          col.int('complaint_id'),
          col.str('from_status', 16, true),
          col.str('to_status', 16),
          col.text('note', true),
          col.int('actor_id', true),
          col.str('actor_name', 120, true),
          col.timestamp('at'),
        ],
        foreignKeys: [
          {
            columnNames: ['complaint_id'],
            referencedTableName: 'complaints',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [{ name: 'ix_complaint_events', columnNames: ['complaint_id', 'id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('complaint_events');
    await q.dropTable('complaints');
  }
}
