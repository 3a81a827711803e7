import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '../migration-columns.js';

export class Blacklist1763800003000 implements MigrationInterface {
  name = 'Blacklist1763800003000';

  async up(q: QueryRunner): Promise<void> {
    // Current state: one row per normalised number, so "one active entry per number" is a primary key.
    await q.createTable(
      new Table({
        name: 'blacklist_numbers',
        columns: [
          { name: 'phone', type: 'varchar', length: '20', isPrimary: true },
          col.bool('active', true),
          col.str('reason', 500),
          col.str('source', 16),
          col.int('complaint_id', true),
          col.timestamp('since'),
          col.timestamp('updated_at'),
        ],
        indices: [{ name: 'ix_blacklist_active', columnNames: ['active'] }],
      }),
    );
    // History: every addition and removal, kept forever.
    await q.createTable(
      new Table({
        name: 'blacklist_events',
        columns: [
          col.id(),
          col.str('phone', 20),
          col.str('action', 8),
          col.str('reason', 500),
          col.str('source', 16),
          col.int('complaint_id', true),
          col.int('actor_id', true),
          col.str('actor_name', 120, true),
          col.timestamp('at'),
        ],
        indices: [{ name: 'ix_blacklist_events_phone', columnNames: ['phone', 'id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'dial_lists',
        columns: [
          col.id(),
          col.str('status', 16),
          col.str('filename', 255),
          col.bigint('bytes'),
          col.bigint('bytes_read'),
          col.str('stored_path', 512),
          col.str('output_path', 512, true),
          col.int('input', true),
          col.int('invalid', true),
          col.int('duplicates', true),
          col.int('blacklisted', true),
          col.int('exported', true),
          col.str('error', 500, true),
          col.int('created_by', true),
          col.timestamp('created_at'),
          col.timestamp('finished_at', true),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('dial_lists');
    await q.dropTable('blacklist_events');
    await q.dropTable('blacklist_numbers');
  }
}
