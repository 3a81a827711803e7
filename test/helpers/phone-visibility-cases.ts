import type { Test } from 'supertest';
import type { TestApp } from './test-app.js';

type Headers = Record<string, string>;

export interface PhoneVisibilityCtx {
  t: TestApp;
  inspector: Headers;
  auditor: Headers;
  manager: Headers;
  agent: Headers;
  admin: Headers;
  /** A call the agent placed to 13912345678. */
  callId: number;
  /** POST /api/complaints as `who` (an inspector by default). */
  record(body: object, who?: Headers): Test;
}

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const base = { severity: 'minor', category: '资费疑问', description: '客户对扣费有疑问' };

/**
 * Who sees full numbers (PHONE_VISIBILITY), as cases of the complaints spec: its app
 * already holds a call, complaints and a token per role, so no app boots for these.
 */
export function phoneVisibilityCases(ctxOf: () => PhoneVisibilityCtx): void {
  let c: PhoneVisibilityCtx;
  beforeAll(() => {
    c = ctxOf();
  });

  /** A mainland mobile in full, in any body: what a masked role must never be sent. */
  const FULL_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

  it('sends roles that do not dial masked numbers in every list, and diallers the full ones', async () => {
    await c.record({ ...base, phone: '13900007777', callId: c.callId }).expect(201);
    await c.t
      .http()
      .post('/api/blacklist')
      .set(c.manager)
      .send({ phone: '13900008888', reason: '严重投诉' });
    const views = [
      '/api/calls',
      `/api/calls/${c.callId}`,
      '/api/complaints',
      '/api/complaints/overdue',
      '/api/blacklist?phone=13900008888',
    ];
    for (const path of views) {
      const res = await c.t.http().get(path).set(c.inspector).expect(200);
      expect([path, JSON.stringify(res.body)]).toEqual([
        path,
        expect.not.stringMatching(FULL_MOBILE),
      ]);
    }
    for (const path of ['/api/complaints', '/api/blacklist/entries', '/api/blacklist/export']) {
      const res = await c.t.http().get(path).set(c.auditor).expect(200);
      expect([path, res.text]).toEqual([path, expect.not.stringMatching(FULL_MOBILE)]);
    }
    const calls = await c.t.http().get('/api/calls').set(c.inspector).expect(200);
    expect(calls.body.items.find((x: { id: number }) => x.id === c.callId).phone).toBe(
      '139****5678',
    );
    // The agent dials: the call as stored comes back in full.
    const placed = await c.t
      .http()
      .post('/api/calls')
      .set(c.agent)
      .send({
        externalId: 'CMP-CALL-MASK',
        agentCode: 'A002',
        productCode: 'MUSIC10',
        scriptVersion: 'v3',
        phone: '+86 139 0000 5555',
        purpose: 'marketing',
        outcome: 'refused',
        startedAt: ago(2 * HOUR),
        durationSeconds: 40,
      })
      .expect(201);
    expect(placed.body.phone).toBe('13900005555');
    // The campaign manager builds dial lists: complaints and the blacklist in full.
    const listed = await c.t.http().get('/api/complaints').set(c.manager).expect(200);
    expect(JSON.stringify(listed.body)).toContain('13900007777');
    const entries = await c.t.http().get('/api/blacklist/entries').set(c.manager).expect(200);
    expect(JSON.stringify(entries.body)).toContain('13900008888');
  });

  it('reveals one number to a masked role, writing an audit row like a listen', async () => {
    const reveal = (body: object, who = c.inspector) =>
      c.t.http().post('/api/phones/reveal').set(who).send(body);
    const res = await reveal({ kind: 'call', id: c.callId, reason: '客户回访' }).expect(200);
    expect(res.body).toEqual({ kind: 'call', id: c.callId, phone: '13912345678' });
    const audit = await c.t.http().get('/api/audit?action=phone.reveal').set(c.admin).expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'phone.reveal',
      entity: 'call',
      entityId: String(c.callId),
      actorRole: 'inspector',
      details: { reason: '客户回访' },
    });
    const complaint = await c.record({ ...base, phone: '13900006666' }).expect(201);
    const shown = await reveal({ kind: 'complaint', id: complaint.body.id }, c.auditor).expect(200);
    expect(shown.body.phone).toBe('13900006666');
    await reveal({ kind: 'call', id: c.callId }, c.agent).expect(403);
    await reveal({ kind: 'call', id: 999999 }).expect(404);
    const bad = await reveal({ kind: 'recording', id: c.callId }).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('kind');
    const count = await c.t.http().get('/api/audit?action=phone.reveal').set(c.admin).expect(200);
    expect(count.body.items).toHaveLength(2);
  });
}
