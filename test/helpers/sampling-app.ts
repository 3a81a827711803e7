import { seedDevCatalogue } from './catalogue-seed.js';
import { drawRun } from './qa-calls.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './test-app.js';

export type Headers = Record<string, string>;

/** An item of a drawn run, as the sampling specs read it. */
export type Item = { id: number; callId: number; agentCode: string; reason: string };

/** The app the sampling specs share: no scheduler, the dev catalogue, one account per role. */
export interface SamplingApp {
  t: TestApp;
  agentToken: string;
  inspector: Headers;
  inspector2: Headers;
  supervisor: Headers;
  auditor: Headers;
  admin: Headers;
  /** POST /api/qa/sampling-runs, as the supervisor unless told. */
  draw: (tier: string, period: string, who?: Headers) => ReturnType<typeof drawRun>;
}

export async function startSamplingApp(): Promise<SamplingApp> {
  const t = await startTestApp({ QA_SCHEDULER: 'off' });
  await seedDevCatalogue(t);
  // Created in this order: least-loaded assignment breaks ties by account.
  const agentToken = await t.tokenFor('agent', 'dialer');
  const inspector = bearer(await t.tokenFor('inspector', 'inspector 1'));
  const inspector2 = bearer(await t.tokenFor('inspector', 'inspector 2'));
  const supervisor = bearer(await t.tokenFor('supervisor', 'supervisor'));
  const auditor = bearer(await t.tokenFor('auditor', 'carrier auditor'));
  return {
    t,
    agentToken,
    inspector,
    inspector2,
    supervisor,
    auditor,
    admin: bearer(ADMIN_TOKEN),
    draw: (tier, period, who = supervisor) => drawRun(t, who, tier, period),
  };
}
