import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '../migration-columns.js';

/**
 * The service-language phrase list an admin edits. Each save is a new row (the
 * newest is in force), so the list any past verdict was judged on stays readable.
 * No row = the default list shipped with the code.
 */
export class ServiceLanguagePhrases1764700000000 implements MigrationInterface {
  name = 'ServiceLanguagePhrases1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'service_language_phrases',
        columns: [
          col.id(),
          col.text('phrases'),
          col.int('updated_by'),
          col.timestamp('updated_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['updated_by'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('service_language_phrases');
  }
}
