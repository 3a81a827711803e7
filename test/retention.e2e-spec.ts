import { existsSync } from 'node:fs';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { DialList } from '../src/blacklist/dial-lists/dial-list.entity.js';
import { PeriodicJobs } from '../src/database/periodic-jobs.js';
import { RetentionPurge } from '../src/retention/retention-purge.service.js';
import { RetentionScheduler } from '../src/retention/retention-scheduler.js';
import { Trial } from '../src/trials/trial.entity.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { drawRun } from './helpers/qa-calls.js';
import { callAged as seedCall, closedOrder, DAY, rawSql, WAV } from './helpers/retention-seed.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

type ClassBody = {
  dataClass: string;
  count: number;
  held: number;
  removed: number;
  ids: number[];
  keepDays?: number | null;
};
const byClass = (classes: ClassBody[]) => Object.fromEntries(classes.map((c) => [c.dataClass, c]));

/**
 * Retention end to end: policies an admin edits (never below the law), calls
 * of several ages, a legal hold (an open complaint), a QA-drawn call on the
 * longer clock; the dry run lists exactly what would go, the run removes
 * exactly that, the audit has the counts and the ledger calls it purged by policy.
 */
describe('retention clocks and the purge', () => {
  let t: TestApp;
  let db: DataSource;
  let dialer: Record<string, string>;
  let auditor: Record<string, string>;
  let inspector: Record<string, string>;
  const admin = bearer(ADMIN_TOKEN);
  const calls: Record<string, { id: number; file: string }> = {};
  const trials: Record<'expired' | 'held' | 'recent', number> = { expired: 0, held: 0, recent: 0 };
  const lists: Record<'old' | 'recent', number> = { old: 0, recent: 0 };
  let oldListFiles: string[] = [];
  let drawn: number[] = [];
  let undrawn: number[] = [];
  let q: ReturnType<typeof rawSql>;
  const callAged = (days: number) => seedCall(t, dialer, days);

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    db = t.app.get(DataSource);
    q = rawSql(db);
    await seedDevCatalogue(t);
    dialer = bearer(await t.tokenFor('agent', 'dialer'));
    auditor = bearer(await t.tokenFor('auditor'));
    inspector = bearer(await t.tokenFor('inspector'));
    calls.fresh = await callAged(20);
    calls.expired = await callAged(45);
    calls.old = await callAged(120);
    calls.ancient = await callAged(200);
    calls.held = await callAged(200);
    // Three calls on one day, 50 days ago: QA draws some of them (kept on the reviewed clock).
    const sampledDay = [await callAged(50), await callAged(50), await callAged(50)];
    sampledDay.forEach((c, i) => (calls[`sampled${i}`] = c));
    const date = DateTime.now().setZone('Asia/Shanghai').minus({ days: 50 }).toISODate()!;
    const run = await drawRun(t, inspector, 'daily', date).expect(201);
    drawn = run.body.items
      .map((i: { callId: number }) => i.callId)
      .sort((a: number, b: number) => a - b);
    undrawn = sampledDay.map((c) => c.id).filter((id) => !drawn.includes(id));
    expect(drawn.length).toBeGreaterThan(0);
    // An open complaint about a call: it is on legal hold.
    await t
      .http()
      .post('/api/complaints')
      .set(inspector)
      .send({
        severity: 'minor',
        category: '资费疑问',
        description: '客户对扣费有疑问',
        phone: '13700000000',
        callId: calls.held.id,
        receivedAt: new Date().toISOString(),
      })
      .expect(201);
    // Orders closed 200 days ago (one whose sale call is held) and 100 days ago: the clock is 180.
    trials.expired = await closedOrder(db, calls.ancient.id, 200);
    trials.held = await closedOrder(db, calls.held.id, 200);
    trials.recent = await closedOrder(db, calls.fresh.id, 100);
    // Two dial lists, one uploaded 100 days ago (the clock is 90).
    const manager = bearer(await t.tokenFor('campaign_manager'));
    for (const key of ['old', 'recent'] as const) {
      const up = await t
        .http()
        .post('/api/dial-lists')
        .set(manager)
        .attach('file', Buffer.from('phone\n13800138000\n13800138001\n'), `${key}.csv`)
        .expect(201);
      lists[key] = up.body.id;
    }
    const oldList = await db.getRepository(DialList).findOneByOrFail({ id: lists.old });
    oldListFiles = [oldList.storedPath, oldList.outputPath!];
    for (const path of oldListFiles) expect(existsSync(path)).toBe(true);
    await q(
      `UPDATE {dial_lists} SET created_at = '${new Date(Date.now() - 100 * DAY).toISOString()}' WHERE id = ${lists.old}`,
    );
    // Two audit rows from four years ago (the audit clock is three years).
    const old = new Date(Date.now() - 4 * 365 * DAY).toISOString();
    await q(
      `UPDATE {audit_log} SET at = '${old}' WHERE id IN (SELECT id FROM {audit_log} ORDER BY id LIMIT 2)`,
    );
  });
  afterAll(() => t.close());

  it('reads the defaults (auditor) and refuses a keep below the legal minimum, naming the class', async () => {
    const got = await t.http().get('/api/retention/policies').set(auditor).expect(200);
    expect(byClass(got.body)).toMatchObject({
      recordings_unsampled: { keepDays: 90, legalMinimumDays: 30 },
      recordings_reviewed: { keepDays: 365 },
      recordings_held: { keepDays: null },
      trials: { keepDays: 180, legalMinimumDays: 153 },
      audit: { keepDays: 1095 },
    });
    const low = await t
      .http()
      .put('/api/retention/policies')
      .set(admin)
      .send({
        policies: [
          { dataClass: 'calls', keepDays: 190 },
          { dataClass: 'trials', keepDays: 150 },
        ],
      })
      .expect(400);
    expect(low.body.message).toContain(
      'trials.keepDays 150 is below the legal minimum of 153 days',
    );
    await t
      .http()
      .put('/api/retention/policies')
      .set(auditor)
      .send({ policies: [{ dataClass: 'calls', keepDays: 190 }] })
      .expect(403);
    // All or none: calls kept its default.
    const after = await t.http().get('/api/retention/policies').set(admin).expect(200);
    expect(byClass(after.body).calls.keepDays).toBe(365);
  });

  it('lets an admin shorten clocks to the legal minimum and above', async () => {
    const res = await t
      .http()
      .put('/api/retention/policies')
      .set(admin)
      .send({
        policies: [
          { dataClass: 'recordings_unsampled', keepDays: 30 },
          { dataClass: 'recordings_reviewed', keepDays: 60 },
          { dataClass: 'transcripts', keepDays: 100 },
          { dataClass: 'calls', keepDays: 190 },
        ],
      })
      .expect(200);
    expect(byClass(res.body).calls).toMatchObject({ keepDays: 190, updatedBy: expect.any(String) });
  });

  const expected = () => ({
    recordings_unsampled: {
      ids: [calls.expired.id, calls.old.id, calls.ancient.id, ...undrawn].sort((a, b) => a - b),
      held: 1,
    },
    recordings_reviewed: { ids: [], held: 0 },
    transcripts: { ids: [calls.old.id, calls.ancient.id], held: 1 },
    calls: { ids: [calls.ancient.id], held: 1 },
    trials: { ids: [trials.expired], held: 1 },
    dial_lists: { ids: [lists.old], held: 0 },
  });

  it('dry run (auditor): lists exactly the expired, unheld items per class and removes nothing', async () => {
    const res = await t.http().post('/api/retention/purge?dryRun=true').set(auditor).expect(200);
    const got = byClass(res.body.classes);
    for (const [cls, want] of Object.entries(expected())) {
      expect([cls, got[cls].ids, got[cls].held]).toEqual([cls, want.ids, want.held]);
      expect(got[cls]).toMatchObject({ count: want.ids.length, removed: 0 });
    }
    expect(got.audit.count).toBe(2);
    expect(existsSync(calls.expired.file)).toBe(true);
    await t.http().post('/api/retention/purge').set(auditor).expect(403);
  });

  it('a run removes exactly those: files gone, transcripts erased, numbers anonymised; held and fresh stay', async () => {
    const res = await t.http().post('/api/retention/purge').set(admin).expect(200);
    const got = byClass(res.body.classes);
    const want = expected();
    for (const cls of Object.keys(want) as (keyof typeof want)[])
      expect([cls, got[cls].removed]).toEqual([cls, want[cls].ids.length]);
    expect(got.audit.removed).toBe(2);
    for (const c of Object.values(calls))
      expect([c.id, existsSync(c.file)]).toEqual([
        c.id,
        !want.recordings_unsampled.ids.includes(c.id),
      ]);
    expect(existsSync(calls.held.file)).toBe(true);
    const rows: { id: number; phone: string; transcript: string | null }[] = await q(
      `SELECT id, phone, transcript FROM {calls} WHERE id IN (${[calls.old.id, calls.ancient.id, calls.held.id, calls.fresh.id].join(',')}) ORDER BY id`,
    );
    const row = (id: number) => rows.find((r) => Number(r.id) === id)!;
    expect(row(calls.ancient.id)).toMatchObject({ phone: '', transcript: null });
    expect(row(calls.old.id)).toMatchObject({ transcript: null });
    expect(row(calls.old.id).phone).not.toBe('');
    expect(row(calls.held.id).transcript).not.toBeNull();
    expect(row(calls.held.id).phone).not.toBe('');
    expect(row(calls.fresh.id).transcript).not.toBeNull();
    const orders = await db.getRepository(Trial).find({ order: { id: 'ASC' } });
    expect(orders.map((o) => [o.id, o.phone === ''])).toEqual([
      [trials.expired, true],
      [trials.held, false],
      [trials.recent, false],
    ]);
    const left = await db.getRepository(DialList).find();
    expect(left.map((l) => l.id)).toEqual([lists.recent]);
    for (const path of oldListFiles) expect(existsSync(path)).toBe(false);
    for (const path of [left[0].storedPath, left[0].outputPath!])
      expect(existsSync(path)).toBe(true);
    await t.http().get(`/api/calls/${calls.expired.id}/recording`).set(inspector).expect(404);
    // A purged recording cannot be replaced: its row (and hash) stay.
    await t
      .http()
      .put(`/api/calls/${calls.expired.id}/recording`)
      .set(dialer)
      .set('Content-Type', 'audio/wav')
      .send(WAV)
      .expect(409);
  });

  it('writes the counts per class (never content) to the audit log', async () => {
    const audit = await t.http().get('/api/audit?action=retention.purge').set(admin).expect(200);
    expect(audit.body.items).toHaveLength(1);
    const { details } = audit.body.items[0];
    expect(details.removed).toMatchObject({
      recordings_unsampled: expected().recordings_unsampled.ids.length,
      transcripts: 2,
      calls: 1,
      trials: 1,
      dial_lists: 1,
      audit: 2,
    });
    expect(details.held).toMatchObject({ recordings_unsampled: 1, calls: 1 });
    expect(JSON.stringify(details)).not.toMatch(/137\d{8}/);
  });

  it('ledger verification reports the purged recordings as purged by policy, not broken', async () => {
    const v = await t.http().get('/api/ledger/verify').set(auditor).expect(200);
    expect(v.body).toMatchObject({ ok: true, breakCount: 0 });
    expect(v.body.purgedByPolicyCount).toBe(expected().recordings_unsampled.ids.length);
    expect(v.body.purgedByPolicy[0]).toMatchObject({ why: 'purged by policy' });
    expect(
      v.body.purgedByPolicy
        .map((p: { callId: number }) => p.callId)
        .sort((a: number, b: number) => a - b),
    ).toEqual(expected().recordings_unsampled.ids);
  });

  it('is idempotent, and the scheduled job runs once per day across workers', async () => {
    const again = await t.http().post('/api/retention/purge?dryRun=true').set(admin).expect(200);
    for (const c of again.body.classes as ClassBody[])
      expect([c.dataClass, c.count]).toEqual([c.dataClass, 0]);
    const periodic = t.app.get(PeriodicJobs);
    const job = t.app.get(RetentionScheduler).job;
    const now = new Date();
    expect(await periodic.claimAndRun(job, now)).not.toBeNull();
    expect(await periodic.claimAndRun(job, now)).toBeNull();
  });

  it('years later: ledger evidence texts are erased, the chain still verifies, the held call stays', async () => {
    const later = new Date(Date.now() + 4 * 365 * DAY);
    const out = await t.app.get(RetentionPurge).run({ dryRun: false, now: later });
    const got = byClass(out.classes as unknown as ClassBody[]);
    expect(got.ledger.removed).toBeGreaterThan(0);
    expect(got.recordings_reviewed.removed).toBe(drawn.length);
    expect(existsSync(calls.held.file)).toBe(true);
    const left: { n: number | string }[] = await q(
      `SELECT COUNT(*) AS n FROM {ledger_entries} WHERE evidence IS NOT NULL AND subject <> 'call:${calls.held.id}'`,
    );
    expect(Number(left[0].n)).toBe(0);
    const v = await t.http().get('/api/ledger/verify').set(auditor).expect(200);
    expect(v.body).toMatchObject({ ok: true, breakCount: 0 });
  });
});
