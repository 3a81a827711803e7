import { randomBytes } from 'node:crypto';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, param, tableRef } from '../migration-columns.js';

/**
 * The key of the keyed hash (HMAC-SHA-256) that replaces an erased subject's
 * number in calls, trials, complaints and call-backs: the rows stay countable
 * and a second erase or an export still finds them, but the number cannot be
 * read back without this key. One row, made here so every process on the
 * database hashes alike.
 */
export class SubjectKey1796590061411 implements MigrationInterface {
  name = 'SubjectKey1796590061411';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'subject_keys',
        columns: [{ ...col.int('id'), isPrimary: true }, col.str('secret', 64)],
      }),
    );
    await q.query(
      `INSERT INTO ${tableRef(q, 'subject_keys')} (id, secret) VALUES (1, ${param(q, 1)})`,
      [randomBytes(32).toString('hex')],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('subject_keys');
  }
}
