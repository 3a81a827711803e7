import { readFileSync, writeFileSync } from 'node:fs';
import { FIXTURE_WAV as WAV, MP3_FRAMES as MP3 } from './helpers/audio.js';
import { join } from 'node:path';
import { RecordingStore } from '../src/calls/recordings/recording-store.js';
import { AppConfig } from '../src/config/app-config.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { VALID_SALE } from './helpers/qa-calls.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

describe('GET /api/calls/{id}/recording/peaks: the waveform, computed once per recording', () => {
  let t: TestApp;
  let dialer: Record<string, string>;
  let inspector: Record<string, string>;
  let calls = 0;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDevCatalogue(t);
    dialer = bearer(await t.tokenFor('agent', 'dialer'));
    inspector = bearer(await t.tokenFor('inspector'));
  });
  afterAll(() => t.close());

  const callWith = async (audio: Buffer | null) => {
    const { transcript: _t, ...sale } = VALID_SALE;
    const res = await t
      .http()
      .post('/api/calls')
      .set(dialer)
      .send({ ...sale, externalId: `PEAKS-${++calls}` })
      .expect(201);
    const id = res.body.id as number;
    if (audio)
      await t
        .http()
        .put(`/api/calls/${id}/recording`)
        .set(dialer)
        .set('Content-Type', 'application/octet-stream')
        .send(audio)
        .expect(200);
    return id;
  };
  const peaks = (id: number | string, who = inspector) =>
    t.http().get(`/api/calls/${id}/recording/peaks`).set(who);

  it('reads a WAV: its length and 1000 peaks between 0 and 1, keyed by the bytes’ hash', async () => {
    const id = await callWith(WAV);
    const res = await peaks(id).expect(200);
    expect(res.body).toMatchObject({ callId: id, unavailable: null, sampleRate: 8000 });
    expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.durationMs).toBeGreaterThan(13_000);
    expect(res.body.durationMs).toBeLessThan(16_000);
    expect(res.body.peaks).toHaveLength(1000);
    expect(Math.max(...res.body.peaks)).toBeGreaterThan(0.1);
    expect(res.body.peaks.every((p: number) => p >= 0 && p <= 1)).toBe(true);
  });

  it('serves the cached answer for the same bytes, on any call, without computing again', async () => {
    const first = await peaks(await callWith(WAV)).expect(200);
    // The cache file is what is served: a marker written into it comes back.
    const config = t.app.get(AppConfig);
    const file = join(config.dataDir, 'peaks', `${first.body.sha256}.v1.json`);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...stored, peaks: [0.5] }));
    const again = await peaks(await callWith(WAV)).expect(200);
    expect(again.body.peaks).toEqual([0.5]);
    writeFileSync(file, JSON.stringify(stored));
  });

  it('serves an uploaded recording’s cached picture by its stored hash, without re-reading the file', async () => {
    const id = await callWith(WAV);
    const first = await peaks(id).expect(200);
    // Written once: the upload's hash names the bytes, so the file is not hashed again per request.
    const store = t.app.get(RecordingStore);
    const call = (await t.http().get(`/api/calls/${id}`).set(inspector).expect(200)).body;
    const { path } = await store.locate(call.recordingFile);
    writeFileSync(path, Buffer.alloc(WAV.length));
    const again = await peaks(id).expect(200);
    expect(again.body.sha256).toBe(first.body.sha256);
    expect(again.body.peaks).toEqual(first.body.peaks);
  });

  it('says why there is no waveform for audio it does not decode', async () => {
    const res = await peaks(await callWith(MP3)).expect(200);
    expect(res.body).toMatchObject({ unavailable: 'not_wav', peaks: [], durationMs: null });
  });

  it('404 without a recording or a call, 400 naming a bad id, 403 for roles that may not listen', async () => {
    const bare = await callWith(null);
    expect((await peaks(bare).expect(404)).body.code).toBe('NOT_FOUND');
    await peaks(999_999).expect(404);
    expect(String((await peaks('abc').expect(400)).body.message)).toContain('id must be');
    const id = await callWith(WAV);
    await peaks(id, dialer).expect(403);
    await peaks(id, bearer(await t.tokenFor('campaign_manager'))).expect(403);
  });
});
