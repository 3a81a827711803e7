import type { Response } from 'superagent';
import { DataSource } from 'typeorm';
import { quotedTable } from '../src/database/bulk-sql.js';
import { AuditEntry } from '../src/common/audit/audit-entry.entity.js';
import { BlacklistEvent } from '../src/blacklist/blacklist-event.entity.js';
import { BlacklistNumber } from '../src/blacklist/blacklist-number.entity.js';
import { Call } from '../src/calls/call.entity.js';
import { Complaint } from '../src/complaints/complaint.entity.js';
import { LedgerEntry } from '../src/ledger/ledger-entry.entity.js';
import { RemedialTask } from '../src/qa/remedial/remedial-task.entity.js';
import { Review } from '../src/qa/reviews/review.entity.js';
import { Trial } from '../src/trials/trial.entity.js';
import { bearer } from './helpers/test-app.js';
import { FIXTURE_WAV as WAV, seedConsentHistory } from './helpers/consent-history.js';
import { openTrialFor, startTrialsApp, type TrialsCtx } from './helpers/trials-app.js';

/** Supertest buffers a binary body with this. */
function binary(res: Response, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/**
 * A subject's PIPL rights end to end: one number with a sale (recorded,
 * reviewed and overturned, listened to), its trial declined on the confirmation
 * call, an open complaint on that call and a blacklist entry. The export holds
 * every row of it and nothing of another number; the erase anonymises what no
 * clock or hold keeps, keeps it blocked, says what stays until when, and says
 * the same the second time.
 */
describe('data subject export and erasure', () => {
  let ctx: TrialsCtx;
  let db: DataSource;
  let phone: string;
  let other: string;
  let saleCallId: number;
  let declineCallId: number;
  let trialId: number;
  const http = () => ctx.t.http();
  /** The number in another spelling: every route takes any. */
  const spelled = (p: string) => `+86 ${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`;
  const count = async (
    entity: Parameters<typeof quotedTable>[1],
    where: string,
    params: unknown[],
  ) => {
    const rows: { n: number | string }[] = await db.query(
      `SELECT COUNT(*) AS n FROM ${quotedTable(db.manager, entity)} WHERE ${where}`,
      params,
    );
    return Number(rows[0].n);
  };
  const p = (n: number) => (db.options.type === 'postgres' ? `$${n}` : '?');

  beforeAll(async () => {
    ctx = await startTrialsApp({ QA_SCHEDULER: 'off' });
    db = ctx.t.app.get(DataSource);
    const seeded = await seedConsentHistory(ctx);
    phone = seeded.trial.phone;
    trialId = seeded.trial.id;
    saleCallId = seeded.trial.saleCallId;
    declineCallId = seeded.declineCallId;
    other = (await openTrialFor(ctx)).phone;
    await http().get(`/api/calls/${saleCallId}/recording`).set(ctx.auditor).expect(200);
    await http()
      .post('/api/complaints')
      .set(ctx.admin)
      .send({
        phone: spelled(phone),
        severity: 'minor',
        category: '资费疑问',
        description: '客户说没有同意开通',
        callId: declineCallId,
      })
      .expect(201);
    await http()
      .post('/api/blacklist')
      .set(ctx.admin)
      .send({ phone, reason: '要求不再来电' })
      .expect(201);
  });
  afterAll(() => ctx.close());

  const exportOf = (who = ctx.auditor) =>
    http()
      .get(`/api/subjects/${encodeURIComponent(spelled(phone))}/export`)
      .set(who);

  it('exports every row of the number, in any spelling, and nothing of another', async () => {
    const res = await exportOf().expect(200);
    const doc = res.body;
    expect(doc.phone).toBe(phone);
    const callIds = doc.calls
      .map((c: { id: number }) => c.id)
      .sort((a: number, b: number) => a - b);
    expect(callIds).toEqual([saleCallId, declineCallId].sort((a, b) => a - b));
    const ids = callIds.join(',');
    expect(doc.counts).toEqual({
      calls: await count(Call, `phone = ${p(1)}`, [phone]),
      transcripts: 2,
      verdicts: 2,
      recordings: 1,
      reviews: await count(Review, `call_id IN (${ids})`, []),
      callBacks: await count(RemedialTask, `phone = ${p(1)}`, [phone]),
      trials: await count(Trial, `phone = ${p(1)}`, [phone]),
      complaints: await count(Complaint, `phone = ${p(1)}`, [phone]),
      blacklistEvents: await count(BlacklistEvent, `phone = ${p(1)}`, [phone]),
      ledgerEntries: await count(LedgerEntry, `phone = ${p(1)}`, [phone]),
      listens: await count(
        AuditEntry,
        `action = 'recording.listen' AND entity = 'call' AND entity_id IN ('${saleCallId}', '${declineCallId}')`,
        [],
      ),
    });
    expect(doc.counts).toMatchObject({ reviews: 2, callBacks: 1, trials: 1, complaints: 1 });
    expect(doc.counts).toMatchObject({ blacklistEvents: 1, listens: 1 });
    expect(doc.counts.ledgerEntries).toBeGreaterThanOrEqual(6);
    expect(
      doc.calls.find((c: { id: number }) => c.id === saleCallId).transcript.length,
    ).toBeGreaterThan(0);
    expect(doc.blacklist.blacklisted).toBe(true);
    expect(doc.trials[0].id).toBe(trialId);
    expect(JSON.stringify(doc)).not.toContain(other);
    await http().get(`/api/subjects/${phone}/export`).set(ctx.agent).expect(403);
  });

  it('zips the document and the recording, streamed', async () => {
    const res = await http()
      .get(`/api/subjects/${phone}/export?format=zip`)
      .set(ctx.auditor)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = res.body as Buffer;
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(zip.includes('subject.json')).toBe(true);
    expect(zip.includes(`recordings/${saleCallId}-`)).toBe(true);
    expect(zip.includes(WAV)).toBe(true); // stored, not deflated: the bytes as recorded
  });

  it('audits each export under the hash, the number masked', async () => {
    const audit = await http().get('/api/audit?action=subject.export').set(ctx.admin).expect(200);
    expect(audit.body.items).toHaveLength(2);
    expect(audit.body.items[0].path).toBe(
      `/api/subjects/${phone.slice(0, 3)}****${phone.slice(7)}/export`,
    );
    expect(JSON.stringify(audit.body)).not.toContain(phone);
  });

  it('erases what no clock or hold keeps, keeps it blocked, says what stays and until when, twice alike', async () => {
    await http().post(`/api/subjects/${phone}/erase`).set(ctx.admin).send({}).expect(400);
    await http()
      .post(`/api/subjects/${phone}/erase`)
      .set(ctx.auditor)
      .send({ reason: 'x' })
      .expect(403);
    const first = await http()
      .post(`/api/subjects/${encodeURIComponent(spelled(phone))}/erase`)
      .set(ctx.admin)
      .send({ reason: '用户来电要求删除个人信息（工单 77）' })
      .expect(200);
    const body = first.body;
    expect(body.id).toMatch(/^h:[0-9a-f]{18}$/);
    // The sale (2026-10-20) is past its 30 days; the confirmation call is held by the open complaint.
    expect(body.anonymised).toEqual({ calls: 1, transcripts: 1, trials: 0, complaints: 0 });
    const kept = body.kept.map((k: { class: string; id: number | null; reason: string }) => [
      k.class,
      k.id,
      k.reason,
    ]);
    expect(kept).toEqual(
      expect.arrayContaining([
        ['calls', declineCallId, 'legal_hold'],
        ['transcripts', declineCallId, 'legal_hold'],
        ['recordings', saleCallId, 'awaiting_purge'],
        ['trials', trialId, 'retention_clock'],
        ['complaints', expect.any(Number), 'legal_hold'],
        ['ledger', null, 'hash_chained'],
        ['blacklist', null, 'blocked'],
        ['audit', null, 'audit_trail'],
      ]),
    );
    const trialKept = body.kept.find((k: { class: string }) => k.class === 'trials');
    // Closed on the confirmation outcome (2026-11-11): five months (153 days) on.
    expect(trialKept.until.slice(0, 10)).toBe('2027-04-13');

    const [sale] = await db.query(
      `SELECT phone, transcript FROM ${quotedTable(db.manager, Call)} WHERE id = ${saleCallId}`,
    );
    expect(sale).toEqual({ phone: body.id, transcript: null });
    const [held] = await db.query(
      `SELECT phone FROM ${quotedTable(db.manager, Call)} WHERE id = ${declineCallId}`,
    );
    expect(held.phone).toBe(phone);
    const notes = await db.query(
      `SELECT notes FROM ${quotedTable(db.manager, Review)} WHERE call_id = ${saleCallId}`,
    );
    expect(notes.every((r: { notes: string | null }) => r.notes === null)).toBe(true);
    expect(await count(RemedialTask, `phone = ${p(1)}`, [body.id])).toBe(1);
    expect(await count(BlacklistNumber, `phone = ${p(1)}`, [phone])).toBe(1);

    // Still blocked: a dial list with the number in another spelling drops it.
    const manager = bearer(await ctx.t.tokenFor('campaign_manager', '活动经理'));
    const list = await http()
      .post('/api/dial-lists')
      .set(manager)
      .attach('file', Buffer.from(`phone\n${spelled(phone)}\n13700000099\n`), 'list.csv')
      .expect(201);
    expect(list.body.counts).toMatchObject({ input: 2, blacklisted: 1, exported: 1 });

    // The ledger still verifies: entries untouched, only the texts beside the chain went.
    const verify = await http().get('/api/ledger/verify').set(ctx.auditor).expect(200);
    expect(verify.body.breaks).toEqual([]);

    const second = await http()
      .post(`/api/subjects/${phone}/erase`)
      .set(ctx.admin)
      .send({ reason: '重复请求' })
      .expect(200);
    expect(second.body).toEqual(body);

    // The export still finds the anonymised call by the hash, and the other number is untouched.
    const after = (await exportOf().expect(200)).body;
    expect(after.counts.calls).toBe(2);
    const erased = after.calls.find((c: { id: number }) => c.id === saleCallId);
    expect(erased.phone).toBe(body.id);
    const evidence = Object.values(
      erased.compliance.rules as Record<string, { evidence: { text: string }[] }>,
    ).flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(0); // which segment proved what stays
    expect(evidence.every((e) => e.text === '')).toBe(true); // the words do not
    expect(erased.compliance.status).toBe('valid');
    expect(await count(Call, `phone = ${p(1)}`, [other])).toBe(1);

    const audit = await http().get('/api/audit?entity=subject').set(ctx.admin).expect(200);
    const erasures = audit.body.items.filter(
      (r: { action: string }) => r.action === 'subject.erase',
    );
    expect(erasures.filter((r: { statusCode: number }) => r.statusCode === 200)).toHaveLength(2);
    expect(JSON.stringify(audit.body)).not.toContain(phone);
  });

  it('answers 400 naming the phone for a number in no spelling', async () => {
    const bad = await http().get('/api/subjects/abc/export').set(ctx.auditor).expect(400);
    expect(bad.body.message).toContain('phone');
    const erase = await http()
      .post('/api/subjects/12345/erase')
      .set(ctx.admin)
      .send({ reason: 'x' })
      .expect(400);
    expect(erase.body.message).toContain('phone');
  });
});
