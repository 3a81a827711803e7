import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { phoneVisibilityCases } from './helpers/phone-visibility-cases.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe('complaints: lifecycle, deadlines, escalation, blacklist', () => {
  let t: TestApp;
  let inspector: Record<string, string>;
  let otherInspector: Record<string, string>;
  let supervisor: Record<string, string>;
  let manager: Record<string, string>;
  let auditor: Record<string, string>;
  let agent: Record<string, string>;
  let callId: number;
  const admin = bearer(ADMIN_TOKEN);

  beforeAll(async () => {
    t = await startTestApp();
    await seedDevCatalogue(t);
    [inspector, otherInspector, supervisor, manager, auditor, agent] = await Promise.all(
      (
        [
          ['inspector', '首问 王'],
          ['inspector', 'other inspector'],
          ['supervisor', 'supervisor'],
          ['campaign_manager', 'manager'],
          ['auditor', 'auditor'],
          ['agent', 'dialer'],
        ] as const
      ).map(async ([role, name]) => bearer(await t.tokenFor(role, name))),
    );
    const call = await t
      .http()
      .post('/api/calls')
      .set(agent)
      .send({
        externalId: 'CMP-CALL-1',
        agentCode: 'A002',
        productCode: 'MUSIC10',
        scriptVersion: 'v3',
        phone: '13912345678',
        purpose: 'marketing',
        outcome: 'refused',
        startedAt: ago(2 * HOUR),
        durationSeconds: 40,
      })
      .expect(201);
    callId = call.body.id;
  });
  afterAll(() => t.close());

  const base = { severity: 'minor', category: '资费疑问', description: '客户对扣费有疑问' };
  const record = (body: object, who = inspector) =>
    t.http().post('/api/complaints').set(who).send(body);
  const move = (id: number, body: object, who = inspector) =>
    t.http().post(`/api/complaints/${id}/transition`).set(who).send(body);

  it('masks a number said in the description for roles that do not dial, not for those who do', async () => {
    const said = { ...base, description: '请回拨 137-0000-1111 这个号', phone: '13700002222' };
    const res = await record(said, manager).expect(201);
    expect(res.body.description).toBe('请回拨 137-0000-1111 这个号');
    const seen = await t.http().get(`/api/complaints/${res.body.id}`).set(auditor).expect(200);
    expect(seen.body).toMatchObject({
      phone: '137****2222',
      description: '请回拨 137****1111 这个号',
    });
  });

  it('records a complaint linked to its call, owned by the recorder, with due times', async () => {
    const receivedAt = '2026-01-10T09:00:00+08:00';
    const res = await record({ ...base, phone: '+86 139 1234 5678', callId, receivedAt }).expect(
      201,
    );
    // An inspector recorded it and sees the number masked (PHONE_VISIBILITY).
    expect(res.body).toMatchObject({
      phone: '139****5678',
      status: 'received',
      callId,
      agentCode: 'A002',
      owner: { name: '首问 王' },
      receivedAt: '2026-01-10T01:00:00.000Z',
      firstContactDueAt: '2026-01-11T01:00:00.000Z',
      resolutionDueAt: '2026-01-13T01:00:00.000Z',
      escalated: false,
      optOut: false,
      blacklist: null,
      next: ['investigating'],
    });
    const got = await t.http().get(`/api/complaints/${res.body.id}`).set(auditor).expect(200);
    expect(got.body.history).toEqual([
      expect.objectContaining({ from: null, to: 'received', actor: expect.anything() }),
    ]);
  });

  it('defaults receivedAt to now', async () => {
    const before = Date.now();
    const res = await record({ ...base, phone: '13700000001' }).expect(201);
    expect(Date.parse(res.body.receivedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(res.body.firstContactDueAt) - Date.parse(res.body.receivedAt)).toBe(
      24 * HOUR,
    );
  });

  it('walks valid → handled → called back → closed, stamping each milestone', async () => {
    const { body } = await record({ ...base, phone: '13700000002', callId }).expect(201);
    const investigating = await move(body.id, { to: 'investigating', note: '已联系客户' }).expect(
      200,
    );
    expect(investigating.body.firstContactedAt).toBeTruthy();
    expect(investigating.body.resolvedAt).toBeNull();
    await move(body.id, { to: 'valid', note: '录音核实，坐席未告知资费' }).expect(200);
    const handled = await move(body.id, { to: 'handled', outcome: '退还当月费用并道歉' }).expect(
      200,
    );
    expect(handled.body).toMatchObject({ status: 'handled', outcome: '退还当月费用并道歉' });
    expect(handled.body.resolvedAt).toBeTruthy();
    await move(body.id, { to: 'called_back', satisfied: true, note: '客户满意' }).expect(200);
    const closed = await move(body.id, { to: 'closed' }, supervisor).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', next: [], overdue: [] });
    expect(closed.body.closedAt).toBeTruthy();
    expect(closed.body.history.map((h: { to: string }) => h.to)).toEqual([
      'received',
      'investigating',
      'valid',
      'handled',
      'called_back',
      'closed',
    ]);
    expect(closed.body.history[5].actor.name).toBe('supervisor');
    const audit = await t
      .http()
      .get(`/api/audit?action=complaint.transition&entityId=${body.id}`)
      .set(admin)
      .expect(200);
    expect(audit.body.items).toHaveLength(5);
  });

  it('closes a complaint found not valid, and refuses every other move with 409', async () => {
    const { body } = await record({ ...base, phone: '13700000003' }).expect(201);
    const skip = await move(body.id, { to: 'valid' }).expect(409);
    expect(skip.body.message).toContain('from received to valid');
    await move(body.id, { to: 'investigating' }).expect(200);
    await move(body.id, { to: 'not_valid', note: '非本中心来电' }).expect(200);
    const wrong = await move(body.id, { to: 'handled' }).expect(409);
    expect(wrong.body.message).toContain('from not_valid to handled');
    await move(body.id, { to: 'closed' }).expect(200);
    const reopen = await move(body.id, { to: 'received' }).expect(409);
    expect(reopen.body.message).toContain('from closed to received');
    const bad = await move(body.id, { to: 'reopened' }).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('to must be one of');
    await move(999_999, { to: 'investigating' }).expect(404);
  });

  it('lets only the owner, a supervisor or an admin move a complaint', async () => {
    const { body } = await record({ ...base, phone: '13700000004' }).expect(201);
    const other = await move(body.id, { to: 'investigating' }, otherInspector).expect(403);
    expect(other.body.message).toContain('首问 王');
    await move(body.id, { to: 'investigating' }, manager).expect(403);
    await move(body.id, { to: 'valid' }, supervisor).expect(409); // allowed in, wrong move
    await move(body.id, { to: 'investigating' }, admin).expect(200);
    await move(body.id, { to: 'valid' }, auditor).expect(403);
  });

  it('lists complaints past a time limit, saying which, and not fresh ones', async () => {
    const late = await record({ ...base, phone: '13700000005', receivedAt: ago(4 * DAY) }).expect(
      201,
    );
    const firstOnly = await record({ ...base, phone: '13700000006', receivedAt: ago(30 * HOUR) });
    const fresh = await record({ ...base, phone: '13700000007' }).expect(201);
    expect(late.body.overdue).toEqual(['first_contact', 'resolution']);
    const overdue = await t.http().get('/api/complaints/overdue').set(auditor).expect(200);
    const byId = new Map(overdue.body.items.map((c: { id: number }) => [c.id, c]));
    expect(byId.get(late.body.id)).toMatchObject({ overdue: ['first_contact', 'resolution'] });
    expect(byId.get(firstOnly.body.id)).toMatchObject({ overdue: ['first_contact'] });
    expect(byId.has(fresh.body.id)).toBe(false);

    // First contact made late: only the resolution limit is still open.
    await move(late.body.id, { to: 'investigating' }).expect(200);
    const filtered = await t.http().get('/api/complaints?overdue=true').set(auditor).expect(200);
    const again = filtered.body.items.find((c: { id: number }) => c.id === late.body.id);
    expect(again.overdue).toEqual(['resolution']);
    expect(filtered.body.items.map((c: { id: number }) => c.id)).not.toContain(fresh.body.id);
  });

  it('escalates a repeat from the same number within 30 days, not after 31', async () => {
    const first = await record({ ...base, phone: '13800001111', receivedAt: ago(70 * DAY) });
    const later = await record({ ...base, phone: '138-0000-1111', receivedAt: ago(39 * DAY) });
    expect(later.body.escalated).toBe(false);
    const repeat = await record({ ...base, phone: '0086 13800001111', receivedAt: ago(20 * DAY) });
    expect(repeat.body).toMatchObject({ escalated: true, blacklist: null });
    expect(repeat.body.escalationReason).toContain(`complaint #${later.body.id}`);
    expect(first.body.escalated).toBe(false);
    const list = await t
      .http()
      .get('/api/complaints?escalated=true&phone=%2B86%20138%200000%201111')
      .set(auditor)
      .expect(200);
    expect(list.body.items.map((c: { id: number }) => c.id)).toEqual([repeat.body.id]);
  });

  it('escalates a serious complaint and blacklists the number at once, citing it', async () => {
    const res = await record({
      ...base,
      severity: 'serious',
      category: '骚扰',
      description: '一天三次推销',
      phone: '13800002222',
    }).expect(201);
    expect(res.body).toMatchObject({
      escalated: true,
      escalationReason: 'serious complaint',
      blacklist: { source: 'complaint', added: true },
    });
    const bl = await t.http().get('/api/blacklist?phone=%2B86-138-0000-2222').set(admin);
    expect(bl.body).toMatchObject({ phone: '138****2222', blacklisted: true, source: 'complaint' });
    expect(bl.body.reason).toContain(`complaint #${res.body.id}`);
    expect(bl.body.history[0]).toMatchObject({ complaintId: res.body.id, actor: '首问 王' });
  });

  it.each([
    ['the description', '13800003001', { description: '你们烦不烦，不要再给我打电话了！' }],
    ['the optOut field', '13800003002', { optOut: true }],
  ])('blacklists an opt-out recorded in %s', async (_how, phone, patch) => {
    const res = await record({ ...base, phone, ...patch }).expect(201);
    expect(res.body).toMatchObject({ optOut: true, escalated: false });
    const bl = await t.http().get(`/api/blacklist?phone=0${phone}`).set(admin).expect(200);
    expect(bl.body).toMatchObject({ blacklisted: true, source: 'opt_out' });
    expect(bl.body.history[0].complaintId).toBe(res.body.id);
  });

  it('blacklists an opt-out heard later, at the call-back', async () => {
    const { body } = await record({ ...base, phone: '13800004444' }).expect(201);
    await move(body.id, { to: 'investigating', note: '客户说以后别打了' }).expect(200);
    const bl = await t.http().get('/api/blacklist?phone=13800004444').set(admin).expect(200);
    expect(bl.body).toMatchObject({ blacklisted: true, source: 'opt_out' });
    const got = await t.http().get(`/api/complaints/${body.id}`).set(auditor).expect(200);
    expect(got.body.optOut).toBe(true);
  });

  it.each([
    [{ phone: '12345' }, 'phone'],
    [{ severity: 'critical' }, 'severity'],
    [{ receivedAt: new Date(Date.now() + DAY).toISOString() }, 'receivedAt'],
    [{ receivedAt: '2026-01-10T09:00:00' }, 'receivedAt'],
    [{ callId: 999_999 }, 'callId'],
    [{ callId: 'abc' }, 'callId'],
    [{ category: '' }, 'category'],
  ])('rejects %j with a 400 naming %s', async (patch, field) => {
    const res = await record({ ...base, phone: '13700000009', ...patch }).expect(400);
    expect(JSON.stringify(res.body.message)).toContain(field);
  });

  it('filters by status and by the linked agent', async () => {
    const byAgent = await t.http().get('/api/complaints?agentCode=A002').set(auditor).expect(200);
    expect(byAgent.body.items.length).toBeGreaterThanOrEqual(2);
    expect(byAgent.body.items.every((c: { callId: number }) => c.callId === callId)).toBe(true);
    const closed = await t.http().get('/api/complaints?status=closed').set(auditor).expect(200);
    expect(closed.body.items.every((c: { status: string }) => c.status === 'closed')).toBe(true);
    // 2026-01-10T09:00+08:00 (the first test) is local 01-10; 00:30 local on 01-11 is not.
    await record({ ...base, phone: '13700000012', receivedAt: '2026-01-11T00:30:00+08:00' });
    const day = await t
      .http()
      .get('/api/complaints?from=2026-01-10&to=2026-01-10')
      .set(auditor)
      .expect(200);
    expect(day.body.items.map((c: { receivedAt: string }) => c.receivedAt)).toEqual([
      '2026-01-10T01:00:00.000Z',
    ]);
    await t.http().get('/api/complaints?from=2026-02-31').set(auditor).expect(400);
    await t.http().get('/api/complaints?status=lost').set(auditor).expect(400);
    await t.http().get('/api/complaints?phone=12345').set(auditor).expect(400);
  });

  it('lets auditors read but not record, and keeps agents out', async () => {
    await record({ ...base, phone: '13700000010' }, auditor).expect(403);
    await record({ ...base, phone: '13700000010' }, agent).expect(403);
    await t.http().get('/api/complaints').set(agent).expect(403);
    await t.http().get('/api/complaints/overdue').set(agent).expect(403);
    await t.http().get('/api/complaints').set(auditor).expect(200);
    await record({ ...base, phone: '13700000010' }, manager).expect(201);
    await t.http().get('/api/complaints/abc').set(auditor).expect(400);
    await t.http().get('/api/complaints/999999').set(auditor).expect(404);
  });

  phoneVisibilityCases(() => ({ t, inspector, auditor, manager, agent, admin, callId, record }));
});

describe('complaints: configurable time limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ COMPLAINT_FIRST_CONTACT_HOURS: '2', COMPLAINT_RESOLUTION_HOURS: '8' });
  });
  afterAll(() => t.close());

  it('counts due times from the configured hours', async () => {
    const res = await t
      .http()
      .post('/api/complaints')
      .set(bearer(ADMIN_TOKEN))
      .send({ phone: '13700000011', severity: 'minor', category: 'x', description: 'y' })
      .expect(201);
    const received = Date.parse(res.body.receivedAt);
    expect(Date.parse(res.body.firstContactDueAt) - received).toBe(2 * HOUR);
    expect(Date.parse(res.body.resolutionDueAt) - received).toBe(8 * HOUR);
  });
});
