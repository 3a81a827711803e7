import { DateTime } from 'luxon';
import type { Response } from 'supertest';
import { seedDevCatalogue } from './catalogue-seed.js';
import { ADMIN_TOKEN, bearer, startTestApp, type ReuseDatabase, type TestApp } from './test-app.js';
import { clockOf, saleCall } from './trials.js';
import { startRedis, stopRedis } from '../setup/redis-server.mjs';

/** Every trial in these tests is sold here: trial 2026-10-20 … 2026-11-18, gate 11-19 00:00. */
export const SALE_AT = '2026-10-20T10:12:00+08:00';
export const TRIAL_END = '2026-11-18';
export const GATE_AT = '2026-11-19T00:00:00+08:00';

export type Redis = Awaited<ReturnType<typeof startRedis>>;

export interface TrialsCtx {
  t: TestApp;
  redis: Redis;
  admin: Record<string, string>;
  agent: Record<string, string>;
  auditor: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The app on a Redis of its own (started here, so the test may flush or kill
 * it), with the development catalogue and a token per role the tests use.
 */
export async function startTrialsApp(
  env: Record<string, string> = {},
  reuse?: { redis: Redis; db: ReuseDatabase },
): Promise<TrialsCtx> {
  const redis = reuse?.redis ?? (await startRedis());
  const t = await startTestApp({ REDIS_URL: redis.url, ...env }, reuse?.db);
  if (!reuse) await seedDevCatalogue(t);
  const agent = bearer(await t.tokenFor('agent', 'confirmations desk'));
  const auditor = bearer(await t.tokenFor('auditor'));
  const ctx: TrialsCtx = {
    t,
    redis,
    admin: bearer(ADMIN_TOKEN),
    agent,
    auditor,
    /** Stops the app and the Redis it runs on now (a test may have restarted it). */
    async close() {
      await ctx.t.close();
      await stopRedis(ctx.redis.proc);
    },
  };
  return ctx;
}

let sequence = 0;
/** A fresh mobile number per trial, so tests never share one. */
export function nextPhone(): string {
  sequence += 1;
  return `1390000${String(sequence).padStart(4, '0')}`;
}

export interface Sale {
  at: string;
  trialEnd: string;
  /** "Now" when the sale is stored; null for real time. */
  clock: string | null;
}

export const FIXED_SALE: Sale = {
  at: SALE_AT,
  trialEnd: TRIAL_END,
  clock: '2026-10-20T10:13:00+08:00',
};

/** A sale three hours ago in real time, for tests that restart the service (its clock is real). */
export function recentSale(): Sale {
  const at = DateTime.now().setZone('Asia/Shanghai').minus({ hours: 3 });
  const trialEnd = at.startOf('day').plus({ days: 29 }).toISODate()!;
  return { at: at.toISO()!, trialEnd, clock: null };
}

/** Sells MUSIC10 (30-day trial) and returns the trial it opened. */
export async function openTrialFor(ctx: TrialsCtx, phone = nextPhone(), sale = FIXED_SALE) {
  clockOf(ctx.t).set(sale.clock);
  await ctx.t
    .http()
    .post('/api/calls')
    .set(ctx.agent)
    .send(saleCall(`SALE-${phone}`, phone, sale.at, sale.trialEnd))
    .expect(201);
  const res = await ctx.t.http().get(`/api/trials?phone=${phone}`).set(ctx.agent).expect(200);
  return res.body[0] as TrialBody;
}

export interface TrialBody {
  id: number;
  phone: string;
  status: string;
  trialStart: string;
  trialEnd: string;
  extensions: number;
  cancelReason: string | null;
  saleCallId: number;
  confirmations: {
    step: number;
    dueAt: string;
    status: string;
    outcome: string | null;
    callId: number | null;
    attempt: number;
  }[];
}

/** Stores the confirmation call, then records its outcome for the step at `at`. */
export async function recordOutcome(
  ctx: TrialsCtx,
  trialId: number,
  step: number,
  outcome: string,
  call: Record<string, unknown>,
  at: string | null,
): Promise<Response> {
  const stored = await ctx.t.http().post('/api/calls').set(ctx.agent).send(call).expect(201);
  clockOf(ctx.t).set(at);
  return ctx.t
    .http()
    .post(`/api/trials/${trialId}/confirmations/${step}/outcome`)
    .set(ctx.agent)
    .send({ outcome, callId: stored.body.id });
}

export async function getTrial(ctx: TrialsCtx, id: number): Promise<TrialBody> {
  return (await ctx.t.http().get(`/api/trials/${id}`).set(ctx.agent).expect(200)).body;
}

/** When the outcome specs place their confirmation calls (the trial ends 2026-11-18). */
export const OUTCOME_AT = '2026-11-11T10:00:00+08:00';

/** The options of a confirmation call for `trial` (helpers/trials.ts confirmationCall). */
export const callOpts = (trial: { id: number; phone: string }, startedAt = OUTCOME_AT) => ({
  trialId: trial.id,
  phone: trial.phone,
  startedAt,
  trialEnd: TRIAL_END,
});

/** POST …/confirmations/{step}/outcome as the agent, unchecked: the caller expects the status. */
export const postOutcome = (ctx: TrialsCtx, trialId: number, step: number | string, body: object) =>
  ctx.t
    .http()
    .post(`/api/trials/${trialId}/confirmations/${step}/outcome`)
    .set(ctx.agent)
    .send(body);
