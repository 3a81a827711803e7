import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col, param, tableRef } from '../migration-columns.js';

const REASON = /^(\w+) review \d+ of call \d+ failed: (.*)$/;
const NOTE = /^review \d+ overturned by review (\d+): ([\s\S]*)$/;

/**
 * A remedial task keeps the facts its reason sentence was written from (the
 * failing review's tier and standards; the overturn that withdrew it and why), so
 * the console words them in Chinese instead of re-reading the English sentence.
 * Existing tasks get them from that sentence, which this code has always written
 * in one form.
 */
export class RemedialReasonFacts1796414691731 implements MigrationInterface {
  name = 'RemedialReasonFacts1796414691731';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('qa_remedial_tasks', [
      new TableColumn(col.str('tier', 16, true)),
      new TableColumn(col.str('failed_standards', 100, true)),
      new TableColumn(col.int('cancelled_by_review_id', true)),
      new TableColumn(col.text('cancel_reason', true)),
    ]);
    const table = tableRef(q, 'qa_remedial_tasks');
    const rows: { id: number; reason: string; note: string | null; status: string }[] =
      await q.query(`SELECT id, reason, note, status FROM ${table}`);
    const [p1, p2, p3, p4, p5] = [1, 2, 3, 4, 5].map((n) => param(q, n));
    for (const row of rows) {
      const reason = REASON.exec(row.reason);
      const note = row.status === 'cancelled' ? NOTE.exec(row.note ?? '') : null;
      if (!reason && !note) continue;
      await q.query(
        `UPDATE ${table} SET tier = ${p1}, failed_standards = ${p2}, ` +
          `cancelled_by_review_id = ${p3}, cancel_reason = ${p4} WHERE id = ${p5}`,
        [
          reason?.[1] ?? null,
          reason ? reason[2].split(/,\s*/).join(',') : null,
          note ? Number(note[1]) : null,
          note?.[2] ?? null,
          row.id,
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['cancel_reason', 'cancelled_by_review_id', 'failed_standards', 'tier'])
      await q.dropColumn('qa_remedial_tasks', name);
  }
}
