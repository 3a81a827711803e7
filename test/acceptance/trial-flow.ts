import { Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { saleCall } from '../helpers/trial-calls.js';
import { waitFor } from '../helpers/wait-for.js';
import { type Answer, type Client, expectStatus } from './http.js';

export const CENTRE_TZ = 'Asia/Shanghai';
const TRIAL_DAYS = 30;

let serial = 0;
/** A fresh mobile number per trial, so no two tests share one. */
export function nextPhone(): string {
  serial += 1;
  return `1370000${String(serial).padStart(4, '0')}`;
}

export interface SoldTrial {
  saleId: number;
  trialId: number;
  phone: string;
  saleDate: string;
  trialEnd: string;
}

export interface TrialBody {
  id: number;
  status: string;
  trialEnd: string;
  extensions: number;
  cancelReason: string | null;
  confirmations: { step: number; status: string; outcome: string | null; attempt: number }[];
}

/**
 * A valid MUSIC10 sale (dev case D01) made at `at`, with the trial end the agent
 * states moved to match, so the checker passes it and it opens a trial.
 */
export async function sellTrial(
  agent: Client,
  at: DateTime = DateTime.now().setZone(CENTRE_TZ).minus({ minutes: 10 }),
  extra: Record<string, unknown> = {},
): Promise<SoldTrial> {
  const phone = nextPhone();
  const local = at.setZone(CENTRE_TZ);
  const saleDate = local.toISODate()!;
  const trialEnd = local
    .startOf('day')
    .plus({ days: TRIAL_DAYS - 1 })
    .toISODate()!;
  const body = { ...saleCall(`SALE-${phone}`, phone, local.toISO()!, trialEnd), ...extra };
  const sale = expectStatus(await agent('POST', '/api/calls', body), 201);
  if (sale.body.compliance.status !== 'valid' || typeof sale.body.trialId !== 'number') {
    throw new Error(`the sale opened no trial: ${sale.text.slice(0, 500)}`);
  }
  return { saleId: sale.body.id, trialId: sale.body.trialId, phone, saleDate, trialEnd };
}

/** Stores a confirmation call, then records `outcome` for `step` from it. */
export async function recordStep(
  agent: Client,
  trialId: number,
  step: number,
  outcome: string,
  call: Record<string, unknown>,
): Promise<Answer> {
  const stored = expectStatus(await agent('POST', '/api/calls', call), 201);
  return agent('POST', `/api/trials/${trialId}/confirmations/${step}/outcome`, {
    outcome,
    callId: stored.body.id,
  });
}

export async function getTrial(api: Client, id: number): Promise<TrialBody> {
  return expectStatus(await api('GET', `/api/trials/${id}`), 200).body;
}

/** A minute ago in the centre's zone, as a confirmation call's startedAt. */
export const minutesAgo = (n: number) =>
  DateTime.now().setZone(CENTRE_TZ).minus({ minutes: n }).toISO()!;

/** The charge gate: the end of the trial's last day, local time. */
export const gateOf = (trialEnd: string) =>
  DateTime.fromISO(trialEnd, { zone: CENTRE_TZ }).plus({ days: 1 });

/**
 * Fires the trial's delayed BullMQ jobs now (promotion) until it reaches a
 * closed status: the service's handlers then read its (pinned) clock, as they
 * would when the delay ran out. Redis is the service's own, so nothing else is touched.
 */
export async function fireUntilClosed(redisUrl: string, api: Client, trialId: number) {
  const { hostname, port } = new URL(redisUrl);
  const queue = new Queue('confirmations', { connection: { host: hostname, port: Number(port) } });
  try {
    return await waitFor(
      async () => {
        for (const job of await queue.getJobs(['delayed'])) {
          if (job.id?.startsWith(`trial-${trialId}-`)) await job.promote().catch(() => undefined);
        }
        const trial = await getTrial(api, trialId);
        return ['charged', 'cancelled'].includes(trial.status) && trial;
      },
      `trial ${trialId} to pass its gate`,
      15_000,
    );
  } finally {
    await queue.close();
  }
}
