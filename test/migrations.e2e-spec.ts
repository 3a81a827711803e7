import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { CallTiersAsRows1796590097947 } from '../src/database/migrations/1796590097947-call-tiers-as-rows.js';
import { MaskBlacklistAudit1796656863066 } from '../src/database/migrations/1796656863066-mask-blacklist-audit.js';
import { AuditService } from '../src/common/audit/audit.service.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

/** The schema as the database reports it: tables and their index names. */
async function schemaOf(ds: DataSource): Promise<Record<string, string[]>> {
  const runner = ds.createQueryRunner();
  try {
    // SQLite's own bookkeeping (sqlite_sequence) is not part of the schema.
    const names = (await runner.getTables())
      .map((t) => t.name.split('.').pop()!)
      .filter((name) => !name.startsWith('sqlite_'));
    const tables = await runner.getTables(names);
    return Object.fromEntries(
      tables
        .map((t) => [t.name.split('.').pop()!, t.indices.map((i) => i.name!).sort()] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  } finally {
    await runner.release();
  }
}

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('moves the call tiers between qa_plan columns and qa_tiers rows without losing a value', async () => {
    const admin = bearer(ADMIN_TOKEN);
    await t
      .http()
      .put('/api/qa/plans')
      .set(admin)
      .send({
        daily: { rate: 0.12, reviewDueBusinessDays: 3 },
        weekly: { reviewerRole: 'inspector' },
      })
      .expect(200);
    const before = (await t.http().get('/api/qa/plans').set(admin).expect(200)).body;
    const ds = t.app.get(DataSource);
    const mine = MIGRATIONS.indexOf(CallTiersAsRows1796590097947);
    for (let i = MIGRATIONS.length; i > mine; i--)
      await ds.undoLastMigration({ transaction: 'each' });
    const plan = ds.options.type === 'postgres' ? `"${t.schema}".qa_plan` : 'qa_plan';
    const [columns] = await ds.query(
      `SELECT daily_rate_ppm, daily_due_business_days, weekly_reviewer_role, weekly_rate_ppm FROM ${plan}`,
    );
    expect(columns).toEqual({
      daily_rate_ppm: 120000,
      daily_due_business_days: 3,
      weekly_reviewer_role: 'inspector',
      weekly_rate_ppm: 50000,
    });
    await ds.runMigrations({ transaction: 'each' });
    expect((await t.http().get('/api/qa/plans').set(admin).expect(200)).body).toEqual(before);
    const tiers = (await t.http().get('/api/qa/tiers').set(admin).expect(200)).body;
    expect(tiers.map((r: { tier: string }) => r.tier)).toEqual(['work_order', 'daily', 'weekly']);
  });

  it('masks the numbers earlier blacklist audit rows kept in full, and leaves other rows alone', async () => {
    const ds = t.app.get(DataSource);
    const mine = MIGRATIONS.indexOf(MaskBlacklistAudit1796656863066);
    for (let i = MIGRATIONS.length; i > mine; i--)
      await ds.undoLastMigration({ transaction: 'each' });
    const audit = t.app.get(AuditService);
    const path = '/api/blacklist/+86 138 0013 8000';
    await audit.record({
      action: 'blacklist.remove',
      entity: 'blacklist',
      entityId: '138-0013-8000',
      path,
    });
    await audit.record({
      action: 'call.update',
      entity: 'call',
      entityId: '42',
      path: '/api/calls/42',
    });
    await ds.runMigrations({ transaction: 'each' });
    const log = ds.options.type === 'postgres' ? `"${t.schema}".audit_log` : 'audit_log';
    const rows = await ds.query(`SELECT entity, entity_id, path FROM ${log} ORDER BY id`);
    expect(rows.slice(-2)).toEqual([
      { entity: 'blacklist', entity_id: '138****8000', path: '/api/blacklist/138****8000' },
      { entity: 'call', entity_id: '42', path: '/api/calls/42' },
    ]);
  });

  it('each one reverts, and the schema they build again is the same', async () => {
    const ds = t.app.get(DataSource);
    const built = await schemaOf(ds);
    expect(built.qa_sample_items).toEqual(['ix_qa_items_open_assignee', 'uq_qa_items_run_call']);

    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(Object.keys(await schemaOf(ds))).toEqual(['migrations']);

    await ds.runMigrations({ transaction: 'each' });
    expect(await schemaOf(ds)).toEqual(built);
  });
});
