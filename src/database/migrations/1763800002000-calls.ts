import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '../migration-columns.js';

export class Calls1763800002000 implements MigrationInterface {
  name = 'Calls1763800002000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'calls',
        columns: [
          col.id(),
          col.str('external_id', 64),
          col.str('content_hash', 64),
          col.int('agent_id'),
          col.str('agent_code', 32),
          col.int('product_id'),
          col.str('product_code', 32),
          col.int('script_version_id', true),
          col.str('script_version', 32, true),
          col.str('phone', 20),
          col.str('purpose', 16),
          col.str('outcome', 16),
          col.timestamp('started_at'),
          col.localDate('local_date'),
          col.int('duration_seconds'),
          col.str('recording_file', 512, true),
          col.text('transcript', true),
          col.int('trial_id', true),
          col.str('auto_status', 16),
          col.text('auto_compliance'),
          col.str('identity_result', 8),
          col.str('comprehension_result', 8),
          col.str('script_result', 8),
          col.str('consent_result', 8),
          col.str('engine_version', 32),
          col.timestamp('evaluated_at'),
          col.str('final_status', 16),
          col.str('final_source', 16),
          col.str('sale_status', 16, true),
          col.timestamp('created_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['agent_id'],
            referencedTableName: 'agents',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['product_id'],
            referencedTableName: 'products',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['script_version_id'],
            referencedTableName: 'script_versions',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [
          { name: 'uq_calls_external_id', columnNames: ['external_id'], isUnique: true },
          { name: 'ix_calls_local_date', columnNames: ['local_date', 'purpose', 'outcome'] },
          { name: 'ix_calls_agent_date', columnNames: ['agent_id', 'local_date'] },
          { name: 'ix_calls_phone', columnNames: ['phone'] },
          { name: 'ix_calls_script_version', columnNames: ['script_version_id'] },
          { name: 'ix_calls_final_status', columnNames: ['final_status'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('calls');
  }
}
