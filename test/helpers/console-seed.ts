import { FIXTURE_WAV as WAV } from './audio.js';
import { seedDevCatalogue } from './catalogue-seed.js';
import { CONSENT_FAIL_SALE, sale, VALID_SALE } from './qa-calls.js';
import { type Account, ADMIN_TOKEN, bearer, type TestApp } from './test-app.js';

/** FX-0001.wav's length, about 14 s. */
const AUDIO_MS = 13_500;

type Segment = { speaker: string; startMs: number; endMs: number; text: string };

/** The fixture transcripts are longer than the WAV: squeeze their timings into it so every turn can be played. */
function fitted(base: Record<string, unknown>): Segment[] {
  const segments = base.transcript as Segment[];
  const scale = AUDIO_MS / segments[segments.length - 1].endMs;
  return segments.map((s) => ({
    ...s,
    startMs: Math.round(s.startMs * scale),
    endMs: Math.round(s.endMs * scale),
  }));
}

export interface ReviewQueue {
  inspectorToken: string;
  /** The inspector's username and password, for the sign-in form. */
  inspector: Account;
  agentToken: string;
  runItems: { id: number; callId: number; reason: string }[];
  /** Calls by key: `valid` passes the checker, `consent` fails consent (a flagged item). */
  calls: { valid: { id: number; phone: string }; consent: { id: number; phone: string } };
}

/**
 * Two sales on Friday 2026-11-20, each with a recording, drawn into the daily
 * sample and assigned to the only inspector: the valid one at random, the one
 * the checker failed as flagged.
 */
export async function seedReviewQueue(
  t: TestApp,
  inspectorName = '质检员 王芳',
): Promise<ReviewQueue> {
  await seedDevCatalogue(t);
  const agentToken = await t.tokenFor('agent', 'dialer');
  const inspector = await t.accountFor('inspector', inspectorName);
  const inspectorToken = inspector.token;
  const post = (key: string, base: Record<string, unknown>, at: string) =>
    postWithRecording(
      t,
      agentToken,
      {
        ...sale(`CON-${key}`, { agentCode: 'A002', startedAt: `2026-11-20T${at}:00+08:00`, base }),
        transcript: fitted(base),
      },
      WAV,
    );
  const valid = await post('valid', VALID_SALE, '10:00');
  const consent = await post('consent', CONSENT_FAIL_SALE, '10:30');
  const run = await drawDaily(t, '2026-11-20');
  return {
    inspectorToken,
    inspector,
    agentToken,
    runItems: run.body.items,
    calls: { valid, consent },
  };
}

/** POST /api/calls as the dialer, then PUT its recording; the call's id and (masked) phone. */
export async function postWithRecording(
  t: TestApp,
  agentToken: string,
  body: Record<string, unknown>,
  audio: Buffer,
): Promise<{ id: number; phone: string }> {
  const call = await t.http().post('/api/calls').set(bearer(agentToken)).send(body).expect(201);
  await t
    .http()
    .put(`/api/calls/${call.body.id}/recording`)
    .set(bearer(agentToken))
    .set('Content-Type', 'audio/wav')
    .send(audio)
    .expect(200);
  return { id: call.body.id as number, phone: call.body.phone as string };
}

/** The daily draw of `period`, as admin. */
export function drawDaily(t: TestApp, period: string) {
  return t
    .http()
    .post('/api/qa/sampling-runs')
    .set(bearer(ADMIN_TOKEN))
    .send({ tier: 'daily', period })
    .expect(201);
}
