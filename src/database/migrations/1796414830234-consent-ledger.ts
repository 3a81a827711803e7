import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, tableRef } from '../migration-columns.js';

/** The hash an empty chain ends in (src/ledger/domain/chain.ts GENESIS_HASH). */
const GENESIS = '0'.repeat(64);

/**
 * Consent ledger (issue 18): the hash-chained entries and the one head row
 * that appenders lock. The head starts at seq 0, the genesis hash.
 */
export class ConsentLedger1796414830234 implements MigrationInterface {
  name = 'ConsentLedger1796414830234';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'ledger_entries',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true },
          col.str('kind', 16),
          col.str('subject', 40),
          col.str('phone', 20, true),
          col.timestamp('at'),
          col.text('payload'),
          col.text('evidence', true),
          col.str('prev_hash', 64),
          col.str('hash', 64),
        ],
        indices: [
          // The auditor's question: everything about one subscriber, in chain order.
          { name: 'ix_ledger_entries_phone', columnNames: ['phone', 'seq'] },
          // The weekly report's chain head: the last entry before the week's end.
          { name: 'ix_ledger_entries_at', columnNames: ['at'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'ledger_head',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          col.int('seq'),
          col.str('hash', 64),
        ],
      }),
    );
    await q.query(
      `INSERT INTO ${tableRef(q, 'ledger_head')} (id, seq, hash) VALUES (1, 0, '${GENESIS}')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('ledger_head');
    await q.dropTable('ledger_entries');
  }
}
