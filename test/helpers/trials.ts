import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { readFileSync } from 'node:fs';
import { Clock } from '../../src/trials/clock.js';
import { JobHandlers } from '../../src/trials/queue/job-handlers.js';
import { PendingJobsReconciler } from '../../src/trials/queue/reconciler.js';
import type { TestApp } from './test-app.js';

type Segment = { speaker: string; startMs: number; endMs: number; text: string };
type CallBody = Record<string, unknown> & { transcript?: Segment[] };

const CASES = JSON.parse(
  readFileSync(new URL('../fixtures/dev-cases.json', import.meta.url), 'utf8'),
) as { id: string; call: CallBody }[];
const fixture = (id: string) => structuredClone(CASES.find((c) => c.id === id)!.call);

/** 2026-11-18 → 11月18 (the day is followed by 日 or 号 in the transcripts). */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}`;

function retext(call: CallBody, from: string, to: string): CallBody {
  call.transcript = call.transcript?.map((s) => ({ ...s, text: s.text.replaceAll(from, to) }));
  return call;
}

/** D01 (a valid MUSIC10 sale) made at `startedAt`, stating the trial end `trialEnd`. */
export function saleCall(externalId: string, phone: string, startedAt: string, trialEnd: string) {
  return { ...retext(fixture('D01'), '12月9', monthDay(trialEnd)), externalId, phone, startedAt };
}

interface ConfirmationOptions {
  trialId: number;
  phone: string;
  startedAt: string;
  trialEnd: string;
  /** What the customer finally says (D22 says 继续用吧…). */
  reply?: string;
  /** Leave out the sentence telling the customer how to cancel. */
  withoutCancelMethod?: boolean;
}

/** D22: a valid confirmation call where the customer keeps the product. */
export function confirmationCall(externalId: string, o: ConfirmationOptions): CallBody {
  const call = retext(fixture('D22'), '11月18', monthDay(o.trialEnd));
  const segments = call.transcript!;
  if (o.reply) segments[9].text = o.reply;
  if (o.withoutCancelMethod) segments[8].text = '请问您体验期结束后还继续使用吗？';
  return { ...call, externalId, phone: o.phone, startedAt: o.startedAt, trialId: o.trialId };
}

/** D23: a valid confirmation call where the customer declines. */
export function declineCall(externalId: string, o: Omit<ConfirmationOptions, 'reply'>) {
  const call = retext(fixture('D23'), '11月20', monthDay(o.trialEnd));
  return { ...call, externalId, phone: o.phone, startedAt: o.startedAt, trialId: o.trialId };
}

/** D24: identity never checked, so the call does not meet the four standards. */
export function invalidCall(externalId: string, o: Omit<ConfirmationOptions, 'reply'>) {
  const call = retext(fixture('D24'), '11月16', monthDay(o.trialEnd));
  return { ...call, externalId, phone: o.phone, startedAt: o.startedAt, trialId: o.trialId };
}

/** A confirmation attempt that never connected. */
export function unreachableCall(externalId: string, o: Omit<ConfirmationOptions, 'reply'>) {
  const { transcript: _t, ...call } = fixture('D22');
  return {
    ...call,
    externalId,
    phone: o.phone,
    startedAt: o.startedAt,
    trialId: o.trialId,
    outcome: 'unreachable',
    durationSeconds: 0,
  };
}

/** Bounded poll: resolves with the first truthy value, fails after the timeout. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  what: string,
  timeoutMs = 10_000,
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as Exclude<T, false | null | undefined | 0 | ''>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const queueOf = (t: TestApp) => t.app.get<Queue>(getQueueToken('confirmations'));
export const clockOf = (t: TestApp) => t.app.get(Clock);
export const handlersOf = (t: TestApp) => t.app.get(JobHandlers);
export const reconcilerOf = (t: TestApp) => t.app.get(PendingJobsReconciler);

/** Fires a delayed job now (BullMQ promotion) instead of waiting days. */
export async function promote(t: TestApp, jobId: string): Promise<void> {
  const job = await queueOf(t).getJob(jobId);
  if (!job) throw new Error(`no job ${jobId} in Redis`);
  await job.promote();
}
