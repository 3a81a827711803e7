import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '../migration-columns.js';

export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          col.id(),
          col.str('name', 120),
          col.str('role', 32),
          col.str('token_hash', 64),
          col.bool('active', true),
          col.bool('bootstrap', false),
          col.str('agent_code', 32, true),
          col.timestamp('created_at'),
        ],
        indices: [{ name: 'uq_users_token_hash', columnNames: ['token_hash'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          col.id(),
          col.timestamp('at'),
          col.int('actor_id', true),
          col.str('actor_name', 120, true),
          col.str('actor_role', 32, true),
          col.str('action', 64),
          col.str('entity', 64),
          col.str('entity_id', 128, true),
          col.str('request_id', 64, true),
          col.str('method', 8, true),
          col.str('path', 255, true),
          col.int('status_code', true),
          col.text('details', true),
        ],
        indices: [
          { name: 'ix_audit_at', columnNames: ['at'] },
          { name: 'ix_audit_action', columnNames: ['action'] },
          { name: 'ix_audit_entity', columnNames: ['entity', 'entity_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'scheduler_runs',
        columns: [
          col.id(),
          col.str('name', 64),
          col.str('tick', 64),
          col.timestamp('claimed_at'),
          col.str('claimed_by', 128),
        ],
        indices: [{ name: 'uq_scheduler_runs', columnNames: ['name', 'tick'], isUnique: true }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('scheduler_runs');
    await q.dropTable('audit_log');
    await q.dropTable('users');
  }
}
