import { readFileSync } from 'node:fs';
import { bearer } from './test-app.js';
import { drawRun } from './qa-calls.js';
import {
  callOpts,
  openTrialFor,
  recordOutcome,
  type TrialBody,
  type TrialsCtx,
} from './trials-app.js';
import { declineCall } from './trials.js';

export const FIXTURE_WAV = readFileSync(
  new URL('../../recordings-fixtures/audio/2026-11-16/FX-0001.wav', import.meta.url),
);
const FAIL = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'fail' };
const PASS = { ...FAIL, consent: 'pass' };

/**
 * One subscriber with every kind of consent fact: a trial sale (2026-10-20)
 * with its recording, a failing review (which cancels the trial and opens a
 * call-back) overturned to a pass (which reinstates it), and a decline on the
 * first confirmation call (2026-11-11). The ledger and subjects specs start here.
 */
export async function seedConsentHistory(
  ctx: TrialsCtx,
): Promise<{ trial: TrialBody; declineCallId: number }> {
  const http = () => ctx.t.http();
  const inspector = bearer(await ctx.t.tokenFor('inspector', 'inspector'));
  const supervisor = bearer(await ctx.t.tokenFor('supervisor', 'supervisor'));
  const trial = await openTrialFor(ctx);
  await http()
    .put(`/api/calls/${trial.saleCallId}/recording`)
    .set(ctx.agent)
    .set('Content-Type', 'audio/wav')
    .send(FIXTURE_WAV)
    .expect(200);
  const run = (await drawRun(ctx.t, inspector, 'daily', '2026-10-20').expect(201)).body;
  const item = run.items.find((i: { callId: number }) => i.callId === trial.saleCallId);
  const review = await http()
    .post('/api/qa/reviews')
    .set(inspector)
    .send({ itemId: item.id, rules: FAIL, notes: '未明确同意' })
    .expect(201);
  await http()
    .post(`/api/qa/reviews/${review.body.id}/overturn`)
    .set(supervisor)
    .send({ rules: PASS, reason: '录音中客户明确说了开通' })
    .expect(201);
  const declined = declineCall(`DEC-${trial.id}`, callOpts(trial));
  const res = await recordOutcome(
    ctx,
    trial.id,
    1,
    'decline',
    declined,
    '2026-11-11T10:00:00+08:00',
  );
  if (res.status !== 200) throw new Error(`decline outcome: ${res.status} ${res.text}`);
  return { trial, declineCallId: res.body.confirmations[0].callId };
}
