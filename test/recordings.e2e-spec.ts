import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MP3_FRAMES as MP3 } from './helpers/audio.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const CASES = JSON.parse(
  readFileSync(new URL('./fixtures/dev-cases.json', import.meta.url), 'utf8'),
) as { call: Record<string, unknown>; expected: { valid: boolean } }[];
/** A sale by agent A001. */
const SALE = CASES.find((c) => c.expected.valid && c.call.agentCode === 'A001')!.call;

const WAV = readFileSync(
  new URL('../recordings-fixtures/audio/2026-11-16/FX-0001.wav', import.meta.url),
);
const OTHER_WAV = readFileSync(
  new URL('../recordings-fixtures/audio/2026-11-16/FX-0002.wav', import.meta.url),
);
const AMR = Buffer.concat([Buffer.from('#!AMR\n'), Buffer.alloc(320, 0x3c)]);

describe('recordings are evidence: who may upload, never replaced, audio only', () => {
  let t: TestApp;
  let dialer: Record<string, string>;
  let inspector: Record<string, string>;
  let agentA001: Record<string, string>;
  let agentA002: Record<string, string>;
  let calls = 0;
  const admin = bearer(ADMIN_TOKEN);

  beforeAll(async () => {
    t = await startTestApp();
    await seedDevCatalogue(t);
    dialer = bearer(await t.tokenFor('agent', 'dialer'));
    agentA001 = bearer(await t.tokenFor('agent', '坐席 A001', 'A001'));
    agentA002 = bearer(await t.tokenFor('agent', '坐席 A002', 'A002'));
    inspector = bearer(await t.tokenFor('inspector'));
  });
  afterAll(() => t.close());

  const newCall = async (extra: Record<string, unknown> = {}) => {
    const res = await t
      .http()
      .post('/api/calls')
      .set(dialer)
      .send({ ...SALE, externalId: `REC-${++calls}`, ...extra })
      .expect(201);
    return res.body.id as number;
  };
  const put = (id: number, who: Record<string, string>, body: Buffer, type = 'audio/wav') =>
    t.http().put(`/api/calls/${id}/recording`).set(who).set('Content-Type', type).send(body);
  const listen = (id: number) =>
    t.http().get(`/api/calls/${id}/recording`).set(inspector).buffer(true).parse(binary);

  it('records who uploaded, when, and the SHA-256 of the bytes', async () => {
    const id = await newCall();
    const up = await put(id, dialer, WAV).expect(200);
    expect(up.body).toMatchObject({
      id,
      bytes: WAV.length,
      contentType: 'audio/wav',
      recordingFile: `2026-11-10/REC-${calls}.wav`,
    });
    expect(up.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(up.body.uploadedBy).toEqual(expect.any(Number));
    const audit = await t
      .http()
      .get(`/api/audit?action=recording.upload&entityId=${id}`)
      .set(admin)
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({ actorRole: 'agent', statusCode: 200 });
  });

  it('never replaces a stored recording: 409 naming the rule, the first bytes still served', async () => {
    const id = await newCall();
    await put(id, dialer, WAV).expect(200);
    for (const who of [dialer, admin]) {
      const again = await put(id, who, OTHER_WAV).expect(409);
      expect(again.body.message).toContain('never replaced');
      expect(again.body.message).toContain('sha256');
    }
    await put(id, dialer, Buffer.from('x')).expect(409);
    const served = await listen(id).expect(200);
    expect(Buffer.compare(served.body as Buffer, WAV)).toBe(0);
  });

  it('of two concurrent uploads exactly one is stored', async () => {
    const id = await newCall();
    const results = await Promise.all([put(id, dialer, WAV), put(id, admin, OTHER_WAV)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const served = await listen(id).expect(200);
    expect((served.body as Buffer).length).toBe(winner.body.bytes);
  });

  it('also refuses to overwrite a file the dialer placed itself', async () => {
    const id = await newCall({ recordingFile: 'placed/by-dialer.wav' });
    await put(id, dialer, WAV).expect(200);
    const placed = await newCall({ recordingFile: 'placed/by-dialer.wav', phone: '13900001111' });
    const res = await put(placed, dialer, OTHER_WAV).expect(409);
    expect(res.body.message).toContain('placed/by-dialer.wav');
  });

  it('lets only the dialer, the call’s own agent and admins upload', async () => {
    const a = await newCall();
    await put(a, inspector, WAV).expect(403);
    const other = await put(a, agentA002, WAV).expect(403);
    expect(other.body.message).toContain('own calls');
    await put(a, agentA001, WAV).expect(200);
    const b = await newCall();
    await put(b, admin, WAV).expect(200);
    expect(existsSync(join(t.dataDir, 'recordings', `2026-11-10/REC-${calls}.wav`))).toBe(true);
  });

  it('sniffs the bytes, not the Content-Type: non-audio is 415 and nothing is stored', async () => {
    const id = await newCall();
    const cases: [Buffer, string][] = [
      [Buffer.from('hello, this is plainly text and no recording at all'), 'audio/wav'],
      [Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4000, 7)]), 'audio/wav'],
      [Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'audio/mpeg'],
    ];
    for (const [body, type] of cases) {
      const res = await put(id, dialer, body, type).expect(415);
      expect(res.body.message).toMatch(/recording body is .*upload WAV, MP3/);
    }
    const json = await put(id, dialer, Buffer.from('{"a":1}'), 'application/json').expect(415);
    expect(json.body.message).toContain('Content-Type');
    await listen(id).expect(404);
    expect((await t.http().get(`/api/calls/${id}`).set(inspector)).body.recordingFile).toBeNull();
    // Refused uploads leave nothing behind: the real one still goes in afterwards.
    await put(id, dialer, WAV).expect(200);
  });

  it('stores by what the bytes are: MP3 and AMR sent as octet-stream', async () => {
    const mp3 = await newCall();
    const up = await put(mp3, dialer, MP3, 'application/octet-stream').expect(200);
    expect(up.body).toMatchObject({ contentType: 'audio/mpeg' });
    expect(up.body.recordingFile).toMatch(/\.mp3$/);
    const served = await listen(mp3).expect(200);
    expect(served.headers['content-type']).toBe('audio/mpeg');
    const amr = await newCall();
    const amrUp = await put(amr, dialer, AMR, 'audio/wav').expect(200);
    expect(amrUp.body).toMatchObject({ contentType: 'audio/amr' });
  });

  it('refuses audio of another format than the file the call declared', async () => {
    const id = await newCall({ recordingFile: 'declared/call.wav' });
    const res = await put(id, dialer, MP3, 'audio/mpeg').expect(415);
    expect(res.body.message).toContain('declared/call.wav');
    await put(id, dialer, WAV).expect(200);
  });
});

// superagent types a parser's first argument as its Response; what it passes is the raw stream.
function binary(res: unknown, done: (err: Error | null, body: Buffer) => void) {
  const stream = res as NodeJS.ReadableStream;
  const parts: Buffer[] = [];
  stream.on('data', (c: Buffer) => parts.push(c));
  stream.on('end', () => done(null, Buffer.concat(parts)));
}
