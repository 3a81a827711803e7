import { readFileSync } from 'node:fs';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

interface Segment {
  speaker: 'agent' | 'customer';
  startMs: number;
  endMs: number;
  text: string;
}
interface Finding {
  kind: string;
  segment: number;
  text: string;
}

const CASES = JSON.parse(
  readFileSync(new URL('./fixtures/dev-cases.json', import.meta.url), 'utf8'),
) as { call: Record<string, unknown> & { transcript: Segment[] }; expected: { valid: boolean } }[];
const valid = CASES.find((c) => c.expected.valid && c.call.productCode === 'MUSIC10')!.call;

const TABOO = '这个不归我管。';

/**
 * The same valid sale with one more agent turn, a shirking taboo, carved out of
 * the start of the closing turn's time so no one talks over anyone.
 */
function withTaboo(): { call: typeof valid; segment: number } {
  const transcript = valid.transcript.map((s) => ({ ...s }));
  const last = transcript.map((s) => s.speaker).lastIndexOf('agent');
  const closing = transcript[last];
  const taboo = { ...closing, endMs: closing.startMs + 1500, text: TABOO };
  closing.startMs += 1800;
  transcript.splice(last, 0, taboo);
  return { call: { ...valid, transcript }, segment: last };
}

const verdictOf = (compliance: Record<string, unknown> & { rules: object }) => ({
  valid: compliance.valid,
  status: compliance.status,
  results: Object.fromEntries(
    Object.entries(compliance.rules).map(([rule, v]) => [rule, (v as { result: string }).result]),
  ),
});

describe('service language on calls (quality score beside the four standards)', () => {
  let t: TestApp;
  let agent: Record<string, string>;
  let inspector: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDevCatalogue(t);
    agent = bearer(await t.tokenFor('agent', 'dialer'));
    inspector = bearer(await t.tokenFor('inspector'));
  });
  afterAll(() => t.close());

  it('carries a taboo finding naming its segment, and leaves the validity as it was', async () => {
    const clean = await t
      .http()
      .post('/api/calls')
      .set(agent)
      .send({ ...valid, externalId: 'SL-CLEAN' })
      .expect(201);
    expect(clean.body.compliance.serviceLanguage).toEqual({ score: 100, findings: [] });

    const { call, segment } = withTaboo();
    const posted = await t
      .http()
      .post('/api/calls')
      .set(agent)
      .send({ ...call, externalId: 'SL-TABOO', phone: '13920417799' })
      .expect(201);
    const got = await t.http().get(`/api/calls/${posted.body.id}`).set(inspector).expect(200);
    const { serviceLanguage } = got.body.compliance;
    expect(serviceLanguage.findings).toEqual([
      expect.objectContaining({ kind: 'taboo', segment, text: TABOO, family: 'taboo.shirking' }),
    ]);
    expect(serviceLanguage.score).toBe(85);
    expect(got.body.transcript[segment].text).toBe(TABOO);

    // The taboo changes no standard, the validity, the final verdict or the sale.
    expect(verdictOf(got.body.compliance)).toEqual(verdictOf(clean.body.compliance));
    expect(got.body.compliance.valid).toBe(true);
    expect(got.body.finalVerdict).toEqual(clean.body.finalVerdict);
    expect(got.body.saleStatus).toBe('activated');
  });

  it('is in the dry run and in bulk imports (checked on worker threads)', async () => {
    const { call, segment } = withTaboo();
    const dry = await t
      .http()
      .post('/api/compliance/evaluate')
      .set(inspector)
      .send(call)
      .expect(200);
    expect(dry.body.valid).toBe(true);
    expect(dry.body.serviceLanguage.findings.map((f: Finding) => [f.kind, f.segment])).toEqual([
      ['taboo', segment],
    ]);

    const imported = await t
      .http()
      .post('/api/calls/import')
      .set(agent)
      .set('Content-Type', 'application/x-ndjson')
      .send(JSON.stringify({ ...call, externalId: 'SL-IMP', phone: '13920417788' }))
      .expect(200);
    expect(imported.body).toMatchObject({ created: 1, failed: 0 });
    const list = await t.http().get('/api/calls?phone=13920417788').set(inspector).expect(200);
    const stored = await t
      .http()
      .get(`/api/calls/${list.body.items[0].id}`)
      .set(inspector)
      .expect(200);
    expect(stored.body.compliance.serviceLanguage).toEqual(dry.body.serviceLanguage);
    expect(stored.body.compliance.valid).toBe(true);
  });
});
