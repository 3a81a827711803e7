import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';
import { tableRef } from '../migration-columns.js';

const users = (q: QueryRunner) => tableRef(q, 'users');

/**
 * At most one user follows ADMIN_API_TOKEN: two processes starting at once each
 * used to create one. The oldest keeps the role of bootstrap admin (a later one
 * stays an ordinary admin), then a partial unique index makes the rule the
 * database's, so a start inserts the user or ignores the conflict.
 */
export class OneBootstrapAdmin1764500001000 implements MigrationInterface {
  name = 'OneBootstrapAdmin1764500001000';

  async up(q: QueryRunner): Promise<void> {
    const t = users(q);
    await q.query(
      `UPDATE ${t} SET bootstrap = false WHERE bootstrap = true
       AND id <> (SELECT MIN(id) FROM ${t} WHERE bootstrap = true)`,
    );
    await q.createIndex(
      'users',
      new TableIndex({
        name: 'uq_users_bootstrap',
        columnNames: ['bootstrap'],
        isUnique: true,
        where: 'bootstrap = true',
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('users', 'uq_users_bootstrap');
  }
}
