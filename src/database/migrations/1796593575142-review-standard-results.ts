import { MigrationInterface, QueryRunner } from 'typeorm';
import { tableRef } from '../migration-columns.js';

/** The standards as they were when results were one column each: this migration's history. */
const STANDARDS = ['identity', 'comprehension', 'script', 'consent'];

/**
 * Issue 15: a review's human and checker results per standard move from eight
 * columns into two JSON objects keyed by standard id (rules, checker_rules), so
 * a standard added to the registry needs no new column. Nothing filters reviews
 * by standard in SQL (the call list and QA queue filter on the calls' indexed
 * per-standard rows); the report sums the keys. Every stored value is copied
 * both ways; plain ALTER TABLE, since TypeORM's SQLite dropColumn rebuilds the
 * table, which the foreign keys to qa_reviews forbid.
 */
export class ReviewStandardResults1796593575142 implements MigrationInterface {
  name = 'ReviewStandardResults1796593575142';

  async up(q: QueryRunner): Promise<void> {
    const reviews = tableRef(q, 'qa_reviews');
    const pg = q.connection.options.type === 'postgres';
    const object = (prefix: string) => {
      const pairs = STANDARDS.map((s) => `'${s}', ${prefix}${s}`).join(', ');
      return pg ? `CAST(json_build_object(${pairs}) AS text)` : `json_object(${pairs})`;
    };
    await q.query(`ALTER TABLE ${reviews} ADD COLUMN rules text NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE ${reviews} ADD COLUMN checker_rules text NOT NULL DEFAULT '{}'`);
    await q.query(
      `UPDATE ${reviews} SET rules = ${object('')}, checker_rules = ${object('checker_')}`,
    );
    for (const s of STANDARDS) {
      await q.query(`ALTER TABLE ${reviews} DROP COLUMN ${s}`);
      await q.query(`ALTER TABLE ${reviews} DROP COLUMN checker_${s}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const reviews = tableRef(q, 'qa_reviews');
    const pg = q.connection.options.type === 'postgres';
    const key = (column: string, s: string) =>
      pg ? `(CAST(${column} AS json) ->> '${s}')` : `json_extract(${column}, '$.${s}')`;
    for (const s of STANDARDS) {
      // A review always named all four: an absent human result would fail loudly here.
      await q.query(`ALTER TABLE ${reviews} ADD COLUMN ${s} varchar(4) NOT NULL DEFAULT ''`);
      await q.query(
        `ALTER TABLE ${reviews} ADD COLUMN checker_${s} varchar(8) NOT NULL DEFAULT 'unknown'`,
      );
      await q.query(
        `UPDATE ${reviews} SET ${s} = ${key('rules', s)}, ` +
          `checker_${s} = COALESCE(${key('checker_rules', s)}, 'unknown')`,
      );
    }
    await q.query(`ALTER TABLE ${reviews} DROP COLUMN checker_rules`);
    await q.query(`ALTER TABLE ${reviews} DROP COLUMN rules`);
  }
}
