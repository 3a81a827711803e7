import { stringify } from 'csv-stringify/sync';
import { readFileSync } from 'node:fs';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const CASES = JSON.parse(
  readFileSync(new URL('./fixtures/dev-cases.json', import.meta.url), 'utf8'),
) as { call: Record<string, unknown>; expected: { valid: boolean } }[];
const valid = CASES.find((c) => c.expected.valid && c.call.productCode === 'MUSIC10')!.call;

const LIMIT = 100_000;
const COLUMNS = ['externalId', 'agentCode', 'productCode', 'scriptVersion', 'phone', 'purpose'];
const csvRow = (id: string) =>
  stringify([
    [
      ...COLUMNS.map((c) => (c === 'externalId' ? id : String(valid[c]))),
      valid.outcome,
      valid.startedAt,
      valid.durationSeconds,
      JSON.stringify(valid.transcript),
    ],
  ]);
const CSV_HEADER = `${COLUMNS.join(',')},outcome,startedAt,durationSeconds,transcript\n`;

describe('hostile input: CSV parse errors, body limits, spreadsheet-safe exports', () => {
  let t: TestApp;
  let agent: Record<string, string>;
  let manager: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_LIMIT_BYTES: String(LIMIT) });
    await seedDevCatalogue(t);
    agent = bearer(await t.tokenFor('agent', 'dialer'));
    manager = bearer(await t.tokenFor('campaign_manager'));
  });
  afterAll(() => t.close());

  it('reports an unterminated quote after 600 good CSV rows as a row error, every row before it stored', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => csvRow(`PARSE-${i}`)).join('');
    // Multipart: 600 rows with transcripts are over this app's UPLOAD_LIMIT_BYTES as a body.
    const csv = `${CSV_HEADER}${rows}"PARSE-bad,${valid.agentCode}\n`;
    const t2 = await startTestApp();
    try {
      await seedDevCatalogue(t2);
      const a = bearer(await t2.tokenFor('agent', 'dialer'));
      const res = await t2
        .http()
        .post('/api/calls/import')
        .set(a)
        .set('Content-Type', 'text/csv')
        .send(csv);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ rows: 601, created: 600, failed: 1 });
      expect(res.body.errors[0]).toMatchObject({
        line: 602,
        message: expect.stringMatching(/CSV/),
      });
    } finally {
      await t2.close();
    }
    // A second app is started and 600 calls are checked inside this test: on a loaded CI
    // machine that alone can take longer than the default 30 s.
  }, 120_000);

  it('answers 413 naming UPLOAD_LIMIT_BYTES for NDJSON, CSV and multipart bodies over it', async () => {
    const big = 'x'.repeat(LIMIT * 3);
    const ndjson = await t
      .http()
      .post('/api/calls/import')
      .set(agent)
      .set('Content-Type', 'application/x-ndjson')
      .send(big);
    expect(ndjson.status).toBe(413);
    expect(ndjson.body.message).toContain('UPLOAD_LIMIT_BYTES');
    const csv = await t
      .http()
      .post('/api/blacklist/import')
      .set(manager)
      .set('Content-Type', 'text/csv')
      .send(big);
    expect(csv.status).toBe(413);
    const multipart = await t
      .http()
      .post('/api/calls/import')
      .set(agent)
      .attach('file', Buffer.from(big), { filename: 'calls.csv', contentType: 'text/csv' });
    expect(multipart.status).toBe(413);
    expect(multipart.body.message).toContain('UPLOAD_LIMIT_BYTES');
  });

  it('reports an NDJSON line over JSON_BODY_LIMIT_BYTES as a row error without buffering it', async () => {
    const line = JSON.stringify({ ...valid, externalId: 'LONG-1', note: 'y'.repeat(1_100_000) });
    const ok = JSON.stringify({ ...valid, externalId: 'LONG-2' });
    const t2 = await startTestApp({ UPLOAD_LIMIT_BYTES: String(4_000_000) });
    try {
      await seedDevCatalogue(t2);
      const a = bearer(await t2.tokenFor('agent', 'dialer'));
      const res = await t2
        .http()
        .post('/api/calls/import')
        .set(a)
        .set('Content-Type', 'application/x-ndjson')
        .send(`${line}\n${ok}\n`)
        .expect(200);
      expect(res.body).toMatchObject({ rows: 2, created: 1, failed: 1 });
      expect(res.body.errors[0]).toMatchObject({
        line: 1,
        message: expect.stringContaining('JSON_BODY_LIMIT_BYTES'),
      });
    } finally {
      await t2.close();
    }
  });

  it('reports a CSV parse error in a blacklist import after the rows before it landed', async () => {
    const res = await t
      .http()
      .post('/api/blacklist/import')
      .set(manager)
      .set('Content-Type', 'text/csv')
      .send('phone,reason\n13912340001,ok\n13912340002,"unterminated\n13912340003,x\n')
      .expect(200);
    expect(res.body).toMatchObject({ added: 1, failed: 1 });
    expect(res.body.errors[0]).toMatchObject({ line: 3, message: expect.stringMatching(/CSV/) });
  });

  it('exports blacklist reasons that start with = + - @ as text, not formulas', async () => {
    for (const [i, reason] of ['=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)'].entries())
      await t
        .http()
        .post('/api/blacklist')
        .set(manager)
        .send({ phone: `1391234100${i}`, reason })
        .expect(201);
    const out = await t.http().get('/api/blacklist/export').set(manager).expect(200);
    for (const cell of ["'=HYPERLINK", "'+1+1", "'-2", "'@SUM"]) expect(out.text).toContain(cell);
    expect(out.text).toContain('13912341000,');
  });
});
