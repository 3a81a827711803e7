import { type Account, bearer, startTestApp, type TestApp } from './test-app.js';
import { seedDevCatalogue } from './catalogue-seed.js';
import { CONSENT_FAIL_SALE, IDENTITY_FAIL_SALE, VALID_SALE } from './qa-calls.js';

export type Headers = Record<string, string>;

/**
 * 2026-W47 is Monday 2026-11-16 to Sunday 2026-11-22 in Asia/Shanghai, i.e. the
 * instants 2026-11-15T16:00Z to 2026-11-22T16:00Z. Every outcome kind, valid and
 * invalid sales, a non-marketing call, and calls a minute either side of both edges.
 */
export const CALLS: [
  key: string,
  agent: string,
  startedAt: string,
  outcome: string,
  body?: object,
][] = [
  ['A1', 'A001', '2026-11-15T16:05:00Z', 'sale', VALID_SALE], // Monday 00:05 local
  ['A2', 'A001', '2026-11-15T15:59:00Z', 'sale', VALID_SALE], // Sunday 23:59 of W46
  ['A3', 'A001', '2026-11-17T10:00:00+08:00', 'sale', CONSENT_FAIL_SALE],
  ['A4', 'A001', '2026-11-17T10:10:00+08:00', 'refused'],
  ['A5', 'A001', '2026-11-18T10:00:00+08:00', 'no_answer'],
  ['A6', 'A001', '2026-11-18T10:05:00+08:00', 'busy'],
  ['B1', 'A002', '2026-11-22T15:59:00Z', 'sale', VALID_SALE], // Sunday 23:59 local
  ['B2', 'A002', '2026-11-22T16:00:00Z', 'sale', VALID_SALE], // Monday 00:00 of W48
  ['B3', 'A002', '2026-11-19T11:00:00+08:00', 'unreachable'],
  ['B4', 'A002', '2026-11-19T11:05:00+08:00', 'suspended'],
  ['B5', 'A002', '2026-11-20T11:00:00+08:00', 'hung_up'],
  ['B6', 'A002', '2026-11-20T11:05:00+08:00', 'sale', IDENTITY_FAIL_SALE],
  ['C1', 'A003', '2026-11-21T09:00:00+08:00', 'refused'],
  ['C2', 'A003', '2026-11-21T09:30:00+08:00', 'sale', { ...VALID_SALE, purpose: 'remedial' }],
  ['D1', 'A004', '2026-11-12T09:00:00+08:00', 'refused'], // W46
];

/** The app the weekly-report specs share: 2026-W47's calls and complaints, and who asks. */
export interface Week47 {
  t: TestApp;
  agent: Headers;
  inspector: Headers;
  auditor: Headers;
  auditorAccount: Account;
  /** Call ids by the keys of CALLS. */
  ids: Record<string, number>;
  /** GET /api/reports/weekly for a week, as the auditor unless told. */
  get: (week: string, who?: Headers) => ReturnType<ReturnType<TestApp['http']>['get']>;
}

export async function startWeek47(): Promise<Week47> {
  const t = await startTestApp({ QA_SCHEDULER: 'off' });
  await seedDevCatalogue(t);
  const agent = bearer(await t.tokenFor('agent', 'dialer'));
  const inspector = bearer(await t.tokenFor('inspector', 'inspector'));
  const auditorAccount = await t.accountFor('auditor', 'carrier auditor');
  const auditor = bearer(auditorAccount.token);
  const ids = await postCalls(t, agent);
  await fileComplaints(t, inspector, ids);
  const get = (week: string, who: Headers = auditor) =>
    t
      .http()
      .get(`/api/reports/weekly?week=${encodeURIComponent(week)}`)
      .set(who);
  return { t, agent, inspector, auditor, auditorAccount, ids, get };
}

async function postCalls(t: TestApp, agent: Headers): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  let phone = 13_800_000_000;
  for (const [key, agentCode, startedAt, outcome, body] of CALLS) {
    const { transcript, ...rest } = (body ?? VALID_SALE) as Record<string, unknown>;
    const res = await t
      .http()
      .post('/api/calls')
      .set(agent)
      .send({
        ...rest,
        // A sale with a recording is a 有效录音: QA draws from these.
        ...(outcome === 'sale' ? { transcript, recordingFile: `recordings/RW-${key}.wav` } : {}),
        externalId: `RW-${key}`,
        agentCode,
        startedAt,
        outcome,
        phone: String(phone++),
      })
      .expect(201);
    ids[key] = res.body.id;
  }
  return ids;
}

/** Four complaints in W47 (one resolved), one either side of it. */
async function fileComplaints(t: TestApp, inspector: Headers, ids: Record<string, number>) {
  let complainant = 13_700_000_000;
  const complaint = async (body: object, moves: string[] = []) => {
    const res = await t
      .http()
      .post('/api/complaints')
      .set(inspector)
      .send({
        phone: String(complainant++),
        severity: 'minor',
        description: '客户来电反映',
        ...body,
      })
      .expect(201);
    for (const to of moves)
      await t
        .http()
        .post(`/api/complaints/${res.body.id}/transition`)
        .set(inspector)
        .send({ to, note: '处理', outcome: '已向客户解释并致歉' })
        .expect(200);
  };
  await complaint(
    { callId: ids.A3, category: '未经同意开通', receivedAt: '2026-11-18T10:00:00+08:00' },
    ['investigating', 'not_valid', 'closed'],
  );
  await complaint({
    callId: ids.B6,
    category: '未经同意开通',
    receivedAt: '2026-11-15T16:00:00Z',
  });
  await complaint({
    phone: '13900000001',
    category: '资费疑问',
    receivedAt: '2026-11-22T15:59:59Z',
  });
  await complaint({ callId: ids.A1, category: '资费疑问', receivedAt: '2026-11-22T16:00:00Z' }); // W48
  await complaint({ callId: ids.A1, category: '资费疑问', receivedAt: '2026-11-15T15:59:59Z' }); // W46
  // Handled but not yet called back and closed: not resolved.
  await complaint(
    { callId: ids.D1, category: '骚扰电话', receivedAt: '2026-11-19T09:00:00+08:00' },
    ['investigating', 'valid', 'handled'],
  );
}
