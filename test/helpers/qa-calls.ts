import { readFileSync } from 'node:fs';
import { bearer, type TestApp } from './test-app.js';

const CASES = JSON.parse(
  readFileSync(new URL('../fixtures/dev-cases.json', import.meta.url), 'utf8'),
) as { id: string; call: Record<string, unknown> }[];

/** D02: a valid FLOW20 sale (no trial, so valid on any date): the checker passes all four. */
export const VALID_SALE = CASES.find((c) => c.id === 'D02')!.call;
/** D20: FLOW20, consent fails (identity, comprehension, script pass). */
export const CONSENT_FAIL_SALE = CASES.find((c) => c.id === 'D20')!.call;
/** D08: FLOW20, identity fails (the other three pass). */
export const IDENTITY_FAIL_SALE = CASES.find((c) => c.id === 'D08')!.call;

export interface SaleOptions {
  agentCode: string;
  startedAt: string;
  /** Without a transcript the checker answers needs_review: the call is flagged. */
  flagged?: boolean;
  recording?: boolean;
  outcome?: string;
  purpose?: string;
  phone?: string;
  base?: Record<string, unknown>;
}

let serial = 0;

/** A call body for POST /api/calls or the NDJSON import. */
export function sale(externalId: string, o: SaleOptions): Record<string, unknown> {
  const { transcript, ...rest } = o.base ?? VALID_SALE;
  serial++;
  return {
    ...rest,
    externalId,
    agentCode: o.agentCode,
    startedAt: o.startedAt,
    phone: o.phone ?? `139${String(10_000_000 + serial).slice(-8)}`,
    outcome: o.outcome ?? 'sale',
    purpose: o.purpose ?? 'marketing',
    ...(o.recording === false ? {} : { recordingFile: `recordings/${externalId}.wav` }),
    ...(o.flagged ? {} : { transcript }),
  };
}

/** Bulk-loads calls through the NDJSON import and checks every row was stored. */
export async function importCalls(t: TestApp, agentToken: string, calls: object[]) {
  const res = await t
    .http()
    .post('/api/calls/import')
    .set(bearer(agentToken))
    .set('Content-Type', 'application/x-ndjson')
    .send(calls.map((c) => JSON.stringify(c)).join('\n'))
    .expect(200);
  if (res.body.created !== calls.length)
    throw new Error(JSON.stringify(res.body.errors ?? res.body));
}

/** `count` calls spread over a local date, 09:00 onwards, one minute apart. */
export function daySales(prefix: string, date: string, agentCode: string, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const minutes = 9 * 60 + i;
    const hh = String(Math.floor(minutes / 60) % 24).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return sale(`${prefix}-${i}`, { agentCode, startedAt: `${date}T${hh}:${mm}:00+08:00` });
  });
}

export async function createAgents(t: TestApp, adminToken: string, codes: string[]) {
  for (const code of codes)
    await t
      .http()
      .post('/api/agents')
      .set(bearer(adminToken))
      .send({ code, name: code })
      .expect(201);
}

/** POST /api/qa/sampling-runs as `who`; the test says which status it expects. */
export function drawRun(t: TestApp, who: Record<string, string>, tier: string, period: string) {
  return t.http().post('/api/qa/sampling-runs').set(who).send({ tier, period });
}
