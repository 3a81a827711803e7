import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, tableRef } from '../migration-columns.js';

/** The standards as they were when results were one column each: this migration's history. */
const STANDARDS = ['identity', 'comprehension', 'script', 'consent'];
const SALES_NOT_VALID = "purpose = 'marketing' AND outcome = 'sale' AND final_status <> 'valid'";

/**
 * Issue 15: the checker's result per standard moves from one column per standard
 * on calls to a row per (call, standard), so a standard added to the registry
 * needs no new column. Every stored result is copied over; down copies them back
 * (a standard without a row reads 'unknown', as a call with no transcript does).
 * Columns are dropped with plain ALTER TABLE: on SQLite, TypeORM's dropColumn
 * rebuilds the table, which other tables' foreign keys to calls forbid.
 */
export class CallStandardResults1796593574142 implements MigrationInterface {
  name = 'CallStandardResults1796593574142';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'sqlite') {
      // WITHOUT ROWID: the rows live in their primary key's b-tree, so the report's
      // per-standard lookups by (call, standard) read no second structure (half the time
      // of a rowid table at 200,000 calls). TypeORM's Table cannot say it, hence raw SQL.
      await q.query(
        `CREATE TABLE "call_standard_results" ("call_id" integer NOT NULL, ` +
          `"standard" varchar(32) NOT NULL, "result" varchar(8) NOT NULL, ` +
          `PRIMARY KEY ("call_id", "standard"), CONSTRAINT "fk_call_standard_results_call" ` +
          `FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE) WITHOUT ROWID`,
      );
      await q.query(
        `CREATE INDEX "ix_call_standard_results_failed" ON "call_standard_results" ` +
          `("standard", "result", "call_id")`,
      );
    } else {
      await q.createTable(
        new Table({
          name: 'call_standard_results',
          columns: [
            { ...col.int('call_id'), isPrimary: true },
            { ...col.str('standard', 32), isPrimary: true },
            col.str('result', 8),
          ],
          foreignKeys: [
            {
              columnNames: ['call_id'],
              referencedTableName: 'calls',
              referencedColumnNames: ['id'],
              onDelete: 'CASCADE',
            },
          ],
          // "Calls that failed standard X" (call list, QA queue): one range of this index.
          indices: [
            {
              name: 'ix_call_standard_results_failed',
              columnNames: ['standard', 'result', 'call_id'],
            },
          ],
        }),
      );
    }
    const calls = tableRef(q, 'calls');
    const results = tableRef(q, 'call_standard_results');
    for (const s of STANDARDS)
      await q.query(
        `INSERT INTO ${results} (call_id, standard, result) SELECT id, '${s}', ${s}_result FROM ${calls}`,
      );
    await q.dropIndex('calls', 'ix_calls_sales_not_valid');
    for (const s of STANDARDS) await q.query(`ALTER TABLE ${calls} DROP COLUMN ${s}_result`);
    // The failures pass still reads only the week's sales that are not valid; their
    // results are now primary-key lookups in call_standard_results.
    await q.createIndex(
      'calls',
      new TableIndex({
        name: 'ix_calls_sales_not_valid',
        columnNames: ['local_date', 'id'],
        where: SALES_NOT_VALID,
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const calls = tableRef(q, 'calls');
    const results = tableRef(q, 'call_standard_results');
    await q.dropIndex('calls', 'ix_calls_sales_not_valid');
    for (const s of STANDARDS) {
      await q.query(
        `ALTER TABLE ${calls} ADD COLUMN ${s}_result varchar(8) NOT NULL DEFAULT 'unknown'`,
      );
      await q.query(
        `UPDATE ${calls} SET ${s}_result = COALESCE((SELECT r.result FROM ${results} r ` +
          `WHERE r.call_id = ${calls}.id AND r.standard = '${s}'), 'unknown')`,
      );
    }
    await q.createIndex(
      'calls',
      new TableIndex({
        name: 'ix_calls_sales_not_valid',
        columnNames: ['local_date', ...STANDARDS.map((s) => `${s}_result`), 'id'],
        where: SALES_NOT_VALID,
      }),
    );
    await q.dropTable('call_standard_results');
  }
}
