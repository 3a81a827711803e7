import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const CASES = JSON.parse(
  readFileSync(new URL('./fixtures/dev-cases.json', import.meta.url), 'utf8'),
) as {
  id: string;
  call: Record<string, unknown>;
  expected: { valid: boolean };
}[];
const valid = CASES.find((c) => c.expected.valid && c.call.productCode === 'MUSIC10')!.call;
const invalid = CASES.find((c) => !c.expected.valid)!.call;

describe('calls: ingestion, verdicts, recordings, import', () => {
  let t: TestApp;
  let agent: Record<string, string>;
  let inspector: Record<string, string>;
  const admin = bearer(ADMIN_TOKEN);

  beforeAll(async () => {
    t = await startTestApp();
    await seedDevCatalogue(t);
    agent = bearer(await t.tokenFor('agent', 'dialer'));
    inspector = bearer(await t.tokenFor('inspector'));
  });
  afterAll(() => t.close());

  const post = (body: object) => t.http().post('/api/calls').set(agent).send(body);

  it('stores a call with its automatic verdict and normalised phone', async () => {
    const res = await post({ ...valid, externalId: 'E-1', phone: '+86 139 2041 7736' }).expect(201);
    expect(res.body.phone).toBe('13920417736');
    expect(res.body.compliance).toMatchObject({ valid: true, status: 'valid' });
    expect(res.body.compliance.engineVersion).toBeTruthy();
    expect(res.body.compliance.rules.script.missing).toEqual([]);
    expect(res.body.saleStatus).toBe('activated');
    const got = await t.http().get(`/api/calls/${res.body.id}`).set(inspector).expect(200);
    expect(got.body.compliance).toEqual(res.body.compliance);
  });

  it('is idempotent on externalId: same content 200, other content 409', async () => {
    const first = await post({ ...valid, externalId: 'E-2' }).expect(201);
    const again = await post({ ...valid, externalId: 'E-2', phone: '0086-139-2041-7736' }).expect(
      200,
    );
    expect(again.body).toEqual(first.body);
    const conflict = await post({ ...valid, externalId: 'E-2', durationSeconds: 1 }).expect(409);
    expect(conflict.body.message).toContain('E-2');
  });

  it('holds an invalid sale and lists it by failed standard', async () => {
    const res = await post({ ...invalid, externalId: 'E-3' }).expect(201);
    expect(res.body.compliance.valid).toBe(false);
    expect(res.body.saleStatus).toBe('held');
    const failed = Object.entries(res.body.compliance.rules).find(
      ([, r]) => (r as { result: string }).result === 'fail',
    )![0];
    const list = await t
      .http()
      .get(`/api/calls?failed=${failed}&status=invalid`)
      .set(inspector)
      .expect(200);
    expect(list.body.items.map((c: { externalId: string }) => c.externalId)).toContain('E-3');
  });

  it('needs review when there is no transcript', async () => {
    const { transcript: _t, ...noTranscript } = valid;
    const res = await post({ ...noTranscript, externalId: 'E-4' }).expect(201);
    expect(res.body.compliance).toMatchObject({ valid: false, status: 'needs_review' });
  });

  it.each([
    [{ agentCode: 'NOBODY' }, 'agentCode'],
    [{ productCode: 'NOPE' }, 'productCode'],
    [{ scriptVersion: 'v99' }, 'scriptVersion'],
    [{ startedAt: '2099-01-01T10:00:00+08:00' }, 'startedAt'],
    [{ startedAt: '2026-11-10T10:00:00' }, 'startedAt'],
    [{ phone: '12345' }, 'phone'],
    [{ purpose: 'robbery' }, 'purpose'],
    [{ purpose: 'confirmation' }, 'trialId'],
    [{ recordingFile: '../../etc/passwd' }, 'recordingFile'],
    [
      { transcript: [{ speaker: 'robot', startMs: 0, endMs: 1, text: 'x' }] },
      'transcript.0.speaker',
    ],
  ])('rejects %j with a 400 naming %s', async (patch, field) => {
    const res = await post({ ...valid, externalId: `BAD-${field}`, ...patch }).expect(400);
    expect(JSON.stringify(res.body.message)).toContain(field);
  });

  it('lists by local date in the centre time zone with cursor pagination', async () => {
    // 00:10 local on 11-11 is 16:10 UTC on 11-10.
    await post({ ...valid, externalId: 'E-MID', startedAt: '2026-11-10T16:10:00Z' }).expect(201);
    const day = await t
      .http()
      .get('/api/calls?from=2026-11-11&to=2026-11-11')
      .set(inspector)
      .expect(200);
    expect(day.body.items.map((c: { externalId: string }) => c.externalId)).toEqual(['E-MID']);
    const page1 = await t.http().get('/api/calls?limit=2').set(inspector).expect(200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await t
      .http()
      .get(`/api/calls?limit=2&cursor=${page1.body.nextCursor}`)
      .set(inspector)
      .expect(200);
    expect(page2.body.items[0].id).toBeLessThan(page1.body.items[1].id);
  });

  it('uploads and streams a recording with Range, auditing each listen', async () => {
    const created = await post({ ...valid, externalId: 'E-REC' }).expect(201);
    const audio = readFileSync(
      new URL('../recordings-fixtures/audio/2026-11-16/FX-0002.wav', import.meta.url),
    );
    const up = await t
      .http()
      .put(`/api/calls/${created.body.id}/recording`)
      .set(agent)
      .set('Content-Type', 'audio/wav')
      .send(audio)
      .expect(200);
    expect(up.body.bytes).toBe(audio.length);
    const whole = await t
      .http()
      .get(`/api/calls/${created.body.id}/recording`)
      .set(inspector)
      .expect(200);
    expect(whole.headers['content-type']).toBe('audio/wav');
    const part = await t
      .http()
      .get(`/api/calls/${created.body.id}/recording`)
      .set(inspector)
      .set('Range', 'bytes=0-3')
      .expect(206);
    expect(Buffer.from(part.body).toString()).toBe('RIFF');
    const audit = await t
      .http()
      .get(`/api/audit?action=recording.listen&entityId=${created.body.id}`)
      .set(admin)
      .expect(200);
    expect(audit.body.items).toHaveLength(2);
    expect(audit.body.items[0]).toMatchObject({ actorRole: 'inspector', entity: 'call' });
    await t.http().get(`/api/calls/${created.body.id}/recording`).set(agent).expect(403);
  });

  it('refuses a recording reached through a link leaving RECORDINGS_DIR', async () => {
    const root = join(t.dataDir, 'recordings');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(t.dataDir, 'outside.wav'), 'secret');
    symlinkSync(join(t.dataDir, 'outside.wav'), join(root, 'link.wav'));
    const created = await post({
      ...valid,
      externalId: 'E-LINK',
      recordingFile: 'link.wav',
    }).expect(201);
    await t.http().get(`/api/calls/${created.body.id}/recording`).set(inspector).expect(400);
  });

  it('imports NDJSON: bad rows reported by line, good rows stored, re-run changes nothing', async () => {
    const lines = [
      JSON.stringify({ ...valid, externalId: 'IMP-1' }),
      '{not json',
      JSON.stringify({ ...valid, externalId: 'IMP-2', agentCode: 'GHOST' }),
      '',
      JSON.stringify({ ...invalid, externalId: 'IMP-3' }),
    ].join('\n');
    const send = () =>
      t
        .http()
        .post('/api/calls/import')
        .set(agent)
        .set('Content-Type', 'application/x-ndjson')
        .send(lines);
    const first = await send().expect(200);
    expect(first.body).toMatchObject({ rows: 4, created: 2, unchanged: 0, failed: 2 });
    expect(first.body.errors).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('malformed JSON') }),
      expect.objectContaining({
        line: 3,
        externalId: 'IMP-2',
        message: expect.stringContaining('agentCode'),
      }),
    ]);
    const second = await send().expect(200);
    expect(second.body).toMatchObject({ rows: 4, created: 0, unchanged: 2, failed: 2 });
  });

  it('imports CSV with transcript files through a multipart form', async () => {
    const header =
      'externalId,agentCode,productCode,scriptVersion,phone,purpose,outcome,startedAt,durationSeconds,transcriptFile';
    const row = (id: string, file: string) =>
      [
        id,
        valid.agentCode,
        valid.productCode,
        valid.scriptVersion,
        '138-0013-8000',
        'marketing',
        'sale',
        valid.startedAt,
        90,
        file,
      ].join(',');
    const csv = [header, row('CSV-1', 't1.json'), row('CSV-2', 'missing.json')].join('\n');
    const res = await t
      .http()
      .post('/api/calls/import')
      .set(agent)
      .attach('file', Buffer.from(csv), { filename: 'calls.csv', contentType: 'text/csv' })
      .attach('transcripts', Buffer.from(JSON.stringify(valid.transcript)), {
        filename: 't1.json',
        contentType: 'application/json',
      })
      .expect(200);
    expect(res.body).toMatchObject({ rows: 2, created: 1, failed: 1 });
    expect(res.body.errors[0]).toMatchObject({
      line: 3,
      message: expect.stringContaining('missing.json'),
    });
  });

  it('dry-runs the checker without storing anything', async () => {
    const before = await t.http().get('/api/calls?limit=500').set(inspector).expect(200);
    const res = await t
      .http()
      .post('/api/compliance/evaluate')
      .set(inspector)
      .send({ ...valid, externalId: 'DRY' })
      .expect(200);
    expect(res.body).toMatchObject({ valid: true, status: 'valid' });
    const after = await t.http().get('/api/calls?limit=500').set(inspector).expect(200);
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  it('re-evaluates on demand and records the engine version', async () => {
    const created = await post({ ...valid, externalId: 'E-RE' }).expect(201);
    const res = await t
      .http()
      .post(`/api/calls/${created.body.id}/evaluate`)
      .set(inspector)
      .expect(200);
    expect(res.body.compliance.engineVersion).toBe(created.body.compliance.engineVersion);
    expect(res.body.compliance.valid).toBe(true);
    await t.http().get('/api/calls/abc').set(inspector).expect(400);
    await t.http().get('/api/calls/999999').set(inspector).expect(404);
  });

  it('blacklists a customer who asks on the call never to be called again', async () => {
    const transcript = [
      ...(valid.transcript as object[]).slice(0, 2),
      {
        speaker: 'customer',
        startMs: 13000,
        endMs: 15000,
        text: '我不需要，以后别再给我打电话了！',
      },
    ];
    await post({
      ...valid,
      externalId: 'E-OPT',
      outcome: 'refused',
      phone: '13655556666',
      transcript,
    }).expect(201);
    const res = await t
      .http()
      .get('/api/blacklist')
      .query({ phone: '+86 136 5555 6666' })
      .set(admin)
      .expect(200);
    expect(res.body).toMatchObject({ blacklisted: true, source: 'opt_out' });
    expect(res.body.reason).toContain('E-OPT');
  });

  it('re-evaluates the calls that used a script version when it is approved', async () => {
    const text = readFileSync(new URL('./fixtures/dev-products.json', import.meta.url), 'utf8');
    const music = JSON.parse(text).products.find((p: { code: string }) => p.code === 'MUSIC10');
    const v3 = music.scripts.find((s: { version: string }) => s.version === 'v3');
    await t
      .http()
      .post('/api/products/MUSIC10/scripts')
      .set(admin)
      .send({ ...v3, version: 'v9' })
      .expect(201);
    const draftCall = await post({ ...valid, externalId: 'E-DRAFT', scriptVersion: 'v9' }).expect(
      201,
    );
    expect(draftCall.body.compliance.rules.script.result).toBe('fail');
    await t.http().post('/api/products/MUSIC10/scripts/v9/approve').set(admin).expect(200);
    const after = await t.http().get(`/api/calls/${draftCall.body.id}`).set(inspector).expect(200);
    expect(after.body.compliance.rules.script.result).toBe('pass');
    expect(after.body.compliance.valid).toBe(true);
  });
});
