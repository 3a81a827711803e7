import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { DialList } from '../../src/blacklist/dial-lists/dial-list.entity.js';
import { Call } from '../../src/calls/call.entity.js';
import { AuditEntry } from '../../src/common/audit/audit-entry.entity.js';
import { AppConfig } from '../../src/config/app-config.js';
import { quotedTable } from '../../src/database/bulk-sql.js';
import { LedgerEntry } from '../../src/ledger/ledger-entry.entity.js';
import { Trial } from '../../src/trials/trial.entity.js';
import { VALID_SALE } from './qa-calls.js';
import type { TestApp } from './test-app.js';

export const WAV = readFileSync(
  new URL('../../recordings-fixtures/audio/2026-11-16/FX-0001.wav', import.meta.url),
);
export const DAY = 86_400_000;
const TABLES = {
  calls: Call,
  audit_log: AuditEntry,
  ledger_entries: LedgerEntry,
  dial_lists: DialList,
};

/** Raw SQL with `{calls}`-style table names, schema-qualified on PostgreSQL. */
export function rawSql(db: DataSource) {
  return (sql: string) =>
    db.query(
      sql.replace(/\{(\w+)\}/g, (_m, name: string) =>
        quotedTable(db.manager, TABLES[name as keyof typeof TABLES]),
      ),
    );
}

let serial = 0;

/** A valid sale `days` ago at 10:xx in the centre, with its recording uploaded; its file's path. */
export async function callAged(
  t: TestApp,
  dialer: Record<string, string>,
  days: number,
): Promise<{ id: number; file: string }> {
  const at = DateTime.now()
    .setZone('Asia/Shanghai')
    .minus({ days })
    .set({ hour: 10, minute: serial % 60, second: 0, millisecond: 0 });
  const res = await t
    .http()
    .post('/api/calls')
    .set(dialer)
    .send({
      ...VALID_SALE,
      externalId: `RET-${++serial}`,
      phone: `137${String(10_000_000 + serial).slice(-8)}`,
      startedAt: at.toISO(),
    })
    .expect(201);
  const up = await t
    .http()
    .put(`/api/calls/${res.body.id}/recording`)
    .set(dialer)
    .set('Content-Type', 'audio/wav')
    .send(WAV)
    .expect(200);
  return { id: res.body.id, file: join(t.app.get(AppConfig).recordingsDir, up.body.recordingFile) };
}

/** A cancelled order closed `closedDaysAgo`, stored as the trial machine would have left it. */
export async function closedOrder(db: DataSource, saleCallId: number, closedDaysAgo: number) {
  const closedAt = new Date(Date.now() - closedDaysAgo * DAY);
  const row = await db.getRepository(Trial).save({
    phone: `1360000${String(saleCallId).padStart(4, '0')}`,
    productId: 1,
    productCode: 'FLOW20',
    saleCallId,
    status: 'cancelled' as const,
    trialStart: '2026-01-01',
    trialEnd: '2026-01-31',
    trialDays: 30,
    extensions: 0,
    cancelReason: null,
    usedCallIds: [],
    version: 1,
    createdAt: new Date(Date.now() - 400 * DAY),
    updatedAt: closedAt,
    closedAt,
  });
  return row.id;
}
