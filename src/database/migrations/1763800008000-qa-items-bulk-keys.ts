import { MigrationInterface, QueryRunner, TableForeignKey } from 'typeorm';

const TABLE = 'qa_sample_items';
const KEYS = [
  ['run_id', 'qa_sampling_runs'],
  ['call_id', 'calls'],
  ['assignee_id', 'users'],
] as const;

/**
 * Drops the foreign keys of sampled items. A daily draw writes ten thousand
 * items in one statement, and PostgreSQL checks a foreign key row by row: the
 * three keys made that insert four to five times slower than the rest of the
 * draw (issue 4's benchmark), and the key to calls also share-locked thousands
 * of pages of the wide calls table, each written to the WAL in full after a
 * checkpoint. The references are made by code that just read them: items are
 * written only by the run writer, in the transaction that creates their run,
 * from the population it loaded and the reviewers it selected; reassignment
 * checks that the new reviewer is an active user of the tier's role; calls,
 * runs and users are never deleted.
 */
export class QaItemsBulkKeys1763800008000 implements MigrationInterface {
  name = 'QaItemsBulkKeys1763800008000';

  async up(q: QueryRunner): Promise<void> {
    const table = await q.getTable(TABLE);
    if (!table) return;
    const keys = table.foreignKeys.filter((fk) =>
      KEYS.some(([column]) => fk.columnNames.join() === column),
    );
    await q.dropForeignKeys(table, keys);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createForeignKeys(
      TABLE,
      KEYS.map(
        ([column, referenced]) =>
          new TableForeignKey({
            columnNames: [column],
            referencedTableName: referenced,
            referencedColumnNames: ['id'],
          }),
      ),
    );
  }
}
