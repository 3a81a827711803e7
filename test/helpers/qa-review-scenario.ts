import { CONSENT_FAIL_SALE, drawRun, sale } from './qa-calls.js';
import { seedDevCatalogue } from './catalogue-seed.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './test-app.js';

export type Headers = Record<string, string>;
export type Item = {
  id: number;
  callId: number;
  agentCode: string;
  reason: string;
  assignee: { id: number; name: string } | null;
};

/** The fields of a posted call the review specs read. */
export type PostedCall = { id: number; phone: string; finalVerdict: { status: string } };

export const PASS = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };
export const CONSENT_FAILED = { ...PASS, consent: 'fail' };

/**
 * The review specs' shared starting point: the dev catalogue, one account per role
 * (one inspector is also agent A004), and Monday 2026-10-05 drawn with one valid sale
 * and three the checker did not pass.
 */
export interface ReviewScenario {
  t: TestApp;
  admin: Headers;
  agent: Headers;
  inspectorA004: Headers;
  inspector: Headers;
  supervisor1: Headers;
  supervisor2: Headers;
  auditor: Headers;
  calls: Record<string, { id: number; phone: string }>;
  daily: { id: number; items: Item[] };
  itemOf(run: { items: Item[] }, key: string): Item;
  review(who: Headers, itemId: number, rules?: object, extra?: object): ReturnType<typeof post>;
  postCall(key: string, body: Record<string, unknown>): Promise<PostedCall>;
}

const post = (t: TestApp, path: string) => t.http().post(path);

export async function startReviewScenario(): Promise<ReviewScenario> {
  const t = await startTestApp({ QA_SCHEDULER: 'off' });
  await seedDevCatalogue(t);
  const agent = bearer(await t.tokenFor('agent', 'dialer'));
  const calls: ReviewScenario['calls'] = {};
  const postCall = async (key: string, body: Record<string, unknown>) => {
    const res = await t.http().post('/api/calls').set(agent).send(body).expect(201);
    calls[key] = { id: res.body.id, phone: res.body.phone };
    return res.body as PostedCall;
  };
  const s = {
    t,
    admin: bearer(ADMIN_TOKEN),
    agent,
    inspectorA004: bearer(await t.tokenFor('inspector', 'inspector A004', 'A004')),
    inspector: bearer(await t.tokenFor('inspector', 'inspector 2')),
    supervisor1: bearer(await t.tokenFor('supervisor', 'supervisor 1')),
    supervisor2: bearer(await t.tokenFor('supervisor', 'supervisor 2')),
    auditor: bearer(await t.tokenFor('auditor', 'carrier auditor')),
    calls,
    itemOf: (run: { items: Item[] }, key: string) =>
      run.items.find((i) => i.callId === calls[key].id)!,
    review: (who: Headers, itemId: number, rules: object = PASS, extra: object = {}) =>
      post(t, '/api/qa/reviews')
        .set(who)
        .send({ itemId, rules, notes: '复核', ...extra }),
    postCall,
  };
  const at = (hhmm: string) => `2026-10-05T${hhmm}:00+08:00`;
  await postCall(
    'consentFail',
    sale('R-C1', { agentCode: 'A001', startedAt: at('10:00'), base: CONSENT_FAIL_SALE }),
  );
  await postCall('valid', sale('R-C2', { agentCode: 'A002', startedAt: at('10:05') }));
  await postCall(
    'noTranscript',
    sale('R-C3', { agentCode: 'A004', startedAt: at('10:10'), flagged: true }),
  );
  await postCall(
    'consentFail3',
    sale('R-C4', { agentCode: 'A003', startedAt: at('10:15'), base: CONSENT_FAIL_SALE }),
  );
  const daily = (await drawRun(t, s.inspector, 'daily', '2026-10-05').expect(201)).body;
  return { ...s, daily };
}
