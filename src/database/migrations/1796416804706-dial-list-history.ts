import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from '../migration-columns.js';

/**
 * The dial-list history names who uploaded each list, and the rejected rows
 * (line, value, reason) are kept in a file of their own for download. Lists
 * filtered before this release have neither: their uploader is shown by id
 * only and their rejected rows were never written.
 */
export class DialListHistory1796416804706 implements MigrationInterface {
  name = 'DialListHistory1796416804706';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('dial_lists', [
      new TableColumn(col.str('created_by_name', 120, true)),
      new TableColumn(col.str('rejected_path', 512, true)),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['rejected_path', 'created_by_name']) await q.dropColumn('dial_lists', name);
  }
}
