import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '../migration-columns.js';

/**
 * One row per uploaded recording: who uploaded it, when, and the SHA-256 of the
 * bytes, so an auditor can check that the file heard today is the one stored.
 * `call_id` is unique: a recording is written once and never replaced, and the
 * index is what makes that hold across processes.
 */
export class CallRecordings1764500000000 implements MigrationInterface {
  name = 'CallRecordings1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'call_recordings',
        columns: [
          col.id(),
          col.int('call_id'),
          col.str('file', 512),
          col.str('content_type', 32),
          col.bigint('bytes'),
          col.str('sha256', 64),
          col.int('uploaded_by'),
          col.str('uploaded_by_role', 32),
          col.timestamp('uploaded_at'),
        ],
        indices: [{ name: 'uq_call_recordings_call', columnNames: ['call_id'], isUnique: true }],
        foreignKeys: [
          { columnNames: ['call_id'], referencedTableName: 'calls', referencedColumnNames: ['id'] },
          {
            columnNames: ['uploaded_by'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('call_recordings');
  }
}
