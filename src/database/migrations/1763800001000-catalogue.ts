import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '../migration-columns.js';

export class Catalogue1763800001000 implements MigrationInterface {
  name = 'Catalogue1763800001000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'agents',
        columns: [
          col.id(),
          col.str('code', 32),
          col.str('name', 120),
          col.str('team', 64, true),
          col.bool('active', true),
          col.timestamp('created_at'),
        ],
        indices: [{ name: 'uq_agents_code', columnNames: ['code'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'products',
        columns: [
          col.id(),
          col.str('code', 32),
          col.str('name', 120),
          col.int('monthly_fee_cents'),
          col.int('trial_days', true),
          col.str('cancel_method', 255),
          col.timestamp('created_at'),
        ],
        indices: [{ name: 'uq_products_code', columnNames: ['code'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'script_versions',
        columns: [
          col.id(),
          col.int('product_id'),
          col.str('version', 32),
          col.str('purpose', 16),
          col.text('text'),
          col.text('sections'),
          col.str('status', 16),
          col.str('created_by', 120, true),
          col.timestamp('created_at'),
          col.str('approved_by', 120, true),
          col.timestamp('approved_at', true),
          col.timestamp('superseded_at', true),
        ],
        foreignKeys: [
          {
            columnNames: ['product_id'],
            referencedTableName: 'products',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [
          { name: 'uq_script_versions', columnNames: ['product_id', 'version'], isUnique: true },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('script_versions');
    await q.dropTable('products');
    await q.dropTable('agents');
  }
}
