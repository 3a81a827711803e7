import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { quotedTable } from '../src/database/bulk-sql.js';
import { LedgerEntry } from '../src/ledger/ledger-entry.entity.js';
import { LedgerWriter } from '../src/ledger/ledger-writer.js';
import { ScriptVersion } from '../src/catalogue/script-version.entity.js';
import { seedConsentHistory } from './helpers/consent-history.js';
import { startTrialsApp, type TrialsCtx } from './helpers/trials-app.js';
import { ADMIN_TOKEN, bearer } from './helpers/test-app.js';

type Entry = {
  seq: number;
  kind: string;
  subject: string;
  // The payload is free-form JSON: the assertions below say what it must hold.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload: Record<string, any>;
  segments: { role: string; startMs: number; endMs: number; text: string }[];
};

/**
 * The consent ledger end to end: every fact that proves consent appends an
 * entry in its own transaction, the auditor reads one subscriber's proof in any
 * spelling, and a verdict, a script text and a recording byte changed behind
 * the service's back are each named by verification.
 */
describe('consent ledger', () => {
  let ctx: TrialsCtx;
  let phone: string;
  let entries: Entry[];
  const http = () => ctx.t.http();

  beforeAll(async () => {
    ctx = await startTrialsApp({ QA_SCHEDULER: 'off' });
    const { trial } = await seedConsentHistory(ctx);
    phone = trial.phone;
    const proof = await http()
      .get(
        `/api/ledger?phone=${encodeURIComponent(`+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`)}`,
      )
      .set(ctx.auditor)
      .expect(200);
    // The auditor supplied the number, so the proof shows it in full; the lookup is audited.
    expect(proof.body.phone).toBe(phone);
    const audit = await http()
      .get('/api/audit?action=ledger.proof')
      .set(bearer(ADMIN_TOKEN))
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({ entity: 'phone', actorRole: 'auditor' });
    expect(audit.body.items[0].entityId).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    entries = proof.body.entries;
  });
  afterAll(() => ctx.close());

  const entry = (kind: string) => entries.find((e) => e.kind === kind)!;

  /**
   * This week's report carries the chain head (entries are stamped in real time,
   * so every one of them is in it); last week's stored revision carries the head
   * as that week ended: none of them yet.
   */
  async function expectReportHead(head: { seq: number; hash: string }) {
    const week = isoWeekOf(new Date());
    const live = await http().get(`/api/reports/weekly?week=${week}`).set(ctx.auditor).expect(200);
    expect(live.body.ledgerHead).toEqual(head);
    const csv = await http().get(`/api/reports/weekly?week=${week}&format=csv`).set(ctx.auditor);
    expect(csv.text.split('\n')[1]).toContain(`,${head.seq},${head.hash}`);
    const last = isoWeekOf(new Date(Date.now() - 7 * 86_400_000));
    const stored = await http()
      .post(`/api/reports/weekly/${last}/revisions`)
      .set(ctx.admin)
      .send({ reason: '审计' });
    expect([200, 201]).toContain(stored.status);
    const revision = await http()
      .get(`/api/reports/weekly/${last}/revisions/${stored.body.revision}`)
      .set(ctx.auditor)
      .expect(200);
    expect(revision.body.figures.ledgerHead).toEqual({ seq: 0, hash: '0'.repeat(64) });
  }

  it('appends the sale, its recording, the review and overturn, the confirmation and each cancellation', () => {
    expect(entries.map((e) => e.kind)).toEqual([
      'sale',
      'recording',
      'review',
      'cancellation', // the failed review made the sale invalid: its trial is cancelled
      'overturn',
      'reinstatement', // the overturn made it valid again
      'confirmation',
      'cancellation', // the customer declined on the confirmation call
    ]);
    const sale = entry('sale').payload;
    expect(sale).toMatchObject({
      product: { code: 'MUSIC10', monthlyFeeCents: expect.any(Number), trialDays: 30 },
      script: { versionId: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      trialEnd: { date: '2026-11-18', disclosed: true },
      verdict: { automatic: 'valid', final: 'valid', engineVersion: expect.any(String) },
      agent: expect.any(String),
    });
    expect(entry('recording').payload.recording.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entry('overturn').payload).toMatchObject({
      overturnsReviewId: entry('review').payload.reviewId,
    });
    expect(entry('confirmation').payload).toMatchObject({
      outcome: 'decline',
      counts: true,
      step: 1,
    });
  });

  it('gives the auditor the disclosure and consent segments as text, with offsets, and the recording link', () => {
    const sale = entry('sale');
    const roles = new Set(sale.segments.map((s) => s.role));
    expect(roles).toEqual(new Set(['disclosure', 'consent']));
    for (const s of sale.segments) {
      expect(s).toMatchObject({ startMs: expect.any(Number), endMs: expect.any(Number) });
      expect(s.text.length).toBeGreaterThan(0);
    }
    expect(entries.find((e) => e.kind === 'recording')).toMatchObject({
      recordingUrl: `/api/calls/${sale.payload.callId}/recording`,
    });
  });

  it('checks the caller and the number', async () => {
    await http().get('/api/ledger?phone=not-a-number').set(ctx.auditor).expect(400);
    const missing = await http().get('/api/ledger').set(ctx.auditor).expect(400);
    expect(JSON.stringify(missing.body)).toContain('phone');
    await http().get(`/api/ledger?phone=${phone}`).set(ctx.agent).expect(403);
    await http().get('/api/ledger/verify').set(ctx.agent).expect(403);
  });

  /**
   * Each writer remembers the head it last set, to spare an import a read per
   * batch: another process appending meanwhile, or its own transaction rolling
   * back, must make it read the stored head again, never fork the chain.
   */
  it('keeps one chain when appenders interleave or an append rolls back', async () => {
    const db = ctx.t.app.get(DataSource);
    const [a, b] = [new LedgerWriter(), new LedgerWriter()];
    const draft = (n: number) => ({
      kind: 'review' as const,
      subject: `review:x${n}`,
      phone: null,
      payload: { n },
    });
    const append = (w: LedgerWriter, n: number) =>
      db.transaction((tx) => w.append(tx, [draft(n), draft(n + 0.5)]));
    const seqs = [...(await append(a, 1)), ...(await append(b, 2)), ...(await append(a, 3))];
    await expect(
      db.transaction(async (tx) => {
        await a.append(tx, [draft(4)]);
        throw new Error('the fact failed');
      }),
    ).rejects.toThrow('the fact failed');
    seqs.push(...(await append(a, 5)), ...(await append(b, 6)));
    expect(seqs.map((e) => e.seq - seqs[0].seq)).toEqual([...Array(10).keys()]);
    seqs.slice(1).forEach((e, i) => expect(e.prevHash).toBe(seqs[i].hash));
    const ok = await http().get('/api/ledger/verify').set(ctx.auditor).expect(200);
    expect(ok.body).toMatchObject({ ok: true, head: { seq: seqs[9].seq, hash: seqs[9].hash } });
  });

  it('verifies untouched, then names an edited verdict, script text and recording byte', async () => {
    const ok = await http().get('/api/ledger/verify').set(ctx.auditor).expect(200);
    expect(ok.body).toMatchObject({ ok: true, breaks: [], recordingsChecked: 1 });
    expect(ok.body.entries).toBeGreaterThanOrEqual(entries.length);
    await expectReportHead(ok.body.head);

    const db = ctx.t.app.get(DataSource);
    const sale = entry('sale');
    await db.query(
      `UPDATE ${quotedTable(db.manager, LedgerEntry)} SET payload = REPLACE(payload, '"final":"valid"', '"final":"invalid"') WHERE seq = ${sale.seq}`,
    );
    await db.query(
      `UPDATE ${quotedTable(db.manager, ScriptVersion)} SET text = text || '（改）' WHERE id = ${sale.payload.script.versionId}`,
    );
    const file = join(ctx.t.dataDir, 'recordings', entry('recording').payload.recording.file);
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(file, bytes);

    const broken = await http().get('/api/ledger/verify').set(ctx.auditor).expect(200);
    expect(broken.body.ok).toBe(false);
    const named = broken.body.breaks.map((b: { seq: number; what: string }) => [b.seq, b.what]);
    expect(named).toEqual(
      expect.arrayContaining([
        [sale.seq, 'entry'],
        [entry('recording').seq, 'recording'],
        [expect.any(Number), 'script'],
      ]),
    );
    const script = broken.body.breaks.find((b: { what: string }) => b.what === 'script');
    expect(script.seq).toBeLessThanOrEqual(sale.seq);
    expect(script.why).toContain(`script version ${sale.payload.script.versionId}`);
    expect(broken.body.breaks).toHaveLength(3);
  });
});

const isoWeekOf = (d: Date) =>
  DateTime.fromJSDate(d, { zone: 'Asia/Shanghai' }).toFormat("kkkk-'W'WW");
