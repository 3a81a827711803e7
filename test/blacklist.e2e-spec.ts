import { DataSource, In } from 'typeorm';
import { BlacklistEvent } from '../src/blacklist/blacklist-event.entity.js';
import { BlacklistNumber } from '../src/blacklist/blacklist-number.entity.js';
import { BlacklistService } from '../src/blacklist/blacklist.service.js';
import { phoneKey } from '../src/common/phone/phone-key.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

describe('blacklist and dial lists', () => {
  let t: TestApp;
  let manager: Record<string, string>;
  const admin = bearer(ADMIN_TOKEN);

  beforeAll(async () => {
    t = await startTestApp();
    manager = bearer(await t.tokenFor('campaign_manager', '活动经理'));
  });
  afterAll(() => t.close());

  it('adds, looks up in any spelling, removes with a reason, and keeps the history', async () => {
    await t
      .http()
      .post('/api/blacklist')
      .set(manager)
      .send({ phone: '+86 138 0013 8000', reason: '严重投诉' })
      .expect(201);
    const found = await t
      .http()
      .get('/api/blacklist')
      .query({ phone: '0086-138-0013-8000' })
      .set(manager)
      .expect(200);
    expect(found.body).toMatchObject({
      phone: '13800138000',
      blacklisted: true,
      reason: '严重投诉',
      source: 'manual',
    });
    await t.http().delete('/api/blacklist/13800138000').set(manager).send({}).expect(400);
    const removed = await t
      .http()
      .delete('/api/blacklist/138-0013-8000')
      .set(manager)
      .send({ reason: '核实误加' })
      .expect(200);
    expect(removed.body.blacklisted).toBe(false);
    expect(
      removed.body.history.map((h: { action: string; actor: string }) => [h.action, h.actor]),
    ).toEqual([
      ['add', '活动经理'],
      ['remove', '活动经理'],
    ]);
    await t
      .http()
      .delete('/api/blacklist/13800138000')
      .set(manager)
      .send({ reason: 'again' })
      .expect(404);
    const audit = await t.http().get('/api/audit?entity=blacklist').set(admin).expect(200);
    expect(audit.body.items.filter((r: { statusCode: number }) => r.statusCode < 300)).toHaveLength(
      2,
    );
    // Who changed the list is kept; the number itself only masked, in one spelling.
    const changes = audit.body.items.filter((r: { statusCode: number }) => r.statusCode < 300);
    expect(changes.map((r: { entityId: string }) => r.entityId)).toEqual([
      '138****8000',
      '138****8000',
    ]);
    expect(JSON.stringify(audit.body.items)).not.toMatch(/13800138000|138-0013-8000/);
  });

  it('refuses other roles and bad numbers', async () => {
    const agent = bearer(await t.tokenFor('agent'));
    await t
      .http()
      .post('/api/blacklist')
      .set(agent)
      .send({ phone: '13800138000', reason: 'x' })
      .expect(403);
    const bad = await t
      .http()
      .post('/api/blacklist')
      .set(manager)
      .send({ phone: '12', reason: 'x' })
      .expect(400);
    expect(bad.body.message).toContain('phone');
    await t
      .http()
      .post('/api/dial-lists')
      .set(agent)
      .attach('file', Buffer.from('phone\n13800138000\n'), 'l.csv')
      .expect(403);
  });

  it('filters a dial list: counts add up, columns carried through, blacklist dropped in any spelling', async () => {
    await t
      .http()
      .post('/api/blacklist')
      .set(manager)
      .send({ phone: '13911112222', reason: '投诉' })
      .expect(201);
    const csv = [
      'name,phone,city',
      '张三,+86 139 1111 2222,北京', // blacklisted
      '李四,138-0000-0001,"上海, 浦东"',
      '王五,13800000001,广州', // duplicate
      '赵六,not-a-number,深圳', // invalid
      '钱七,０１３９００００００３,杭州', // full-width, invalid (leading 0 landline-ish) or valid
      '孙八,(+86)13900000004,成都',
    ].join('\n');
    const res = await t
      .http()
      .post('/api/dial-lists')
      .set(manager)
      .attach('file', Buffer.from(csv), 'list.csv')
      .expect(201);
    expect(res.body.status).toBe('ready');
    const c = res.body.counts;
    expect(c.input).toBe(6);
    expect(c.blacklisted).toBe(1);
    expect(c.duplicates).toBe(1);
    expect(c.invalid + c.exported).toBe(4);
    expect(c.input).toBe(c.invalid + c.duplicates + c.blacklisted + c.exported);
    const got = await t.http().get(`/api/dial-lists/${res.body.id}`).set(manager).expect(200);
    expect(got.body).toEqual(res.body);

    // Blacklisted after the upload: must not be exported.
    await t
      .http()
      .post('/api/blacklist')
      .set(manager)
      .send({ phone: '0086 139 0000 0004', reason: '回访时要求不再来电' })
      .expect(201);
    const out = await t
      .http()
      .get(`/api/dial-lists/${res.body.id}/export`)
      .set(manager)
      .expect(200);
    expect(out.headers['content-type']).toContain('text/csv');
    const lines = out.text.trim().split('\n');
    expect(lines[0]).toBe('name,phone,city');
    expect(lines).toContain('李四,13800000001,"上海, 浦东"');
    expect(out.text).not.toContain('13911112222');
    expect(out.text).not.toContain('13900000004');
    const audit = await t.http().get('/api/audit?action=dial_list.export').set(admin).expect(200);
    expect(audit.body.items[0]).toMatchObject({
      actorName: '活动经理',
      details: { rows: lines.length - 1 },
    });
  });

  it('uses the first column when none is named phone, and reports bad upload requests', async () => {
    const res = await t
      .http()
      .post('/api/dial-lists')
      .set(manager)
      .attach('file', Buffer.from('mobile_no,note\n13700000001,a\n13700000002,b\n'), 'plain.csv')
      .expect(201);
    expect(res.body.counts).toMatchObject({ input: 2, exported: 2 });
    const missing = await t.http().post('/api/dial-lists').set(manager).field('x', 'y').expect(400);
    expect(missing.body.message).toContain('file');
    await t.http().get('/api/dial-lists/999999').set(manager).expect(404);
  });

  it('exports a dial list spreadsheet-safe: formulas escaped, numbers left dialable', async () => {
    const csv = [
      'name,phone,note',
      '"=HYPERLINK(""http://x"",""点我"")",+86 136 0000 0001,@SUM(A1)',
      '+1+1,+852 9123 4567,-2',
      '王五,13600000003,"=cmd|\' /C calc\'!A0"',
    ].join('\n');
    const res = await t
      .http()
      .post('/api/dial-lists')
      .set(manager)
      .attach('file', Buffer.from(csv), 'formulas.csv')
      .expect(201);
    expect(res.body.counts).toMatchObject({ input: 3, exported: 3 });
    const out = await t
      .http()
      .get(`/api/dial-lists/${res.body.id}/export`)
      .set(manager)
      .expect(200);
    expect(out.text.trim().split('\n')).toEqual([
      'name,phone,note',
      `"'=HYPERLINK(""http://x"",""点我"")",13600000001,'@SUM(A1)`,
      "'+1+1,+85291234567,'-2",
      `王五,13600000003,"'=cmd|' /C calc'!A0"`,
    ]);
  });

  it('imports a carrier CSV (bad rows reported, idempotent) and exports the active list', async () => {
    const csv = 'phone,reason\n+86 137 1111 0001,运营商投诉\nbogus,x\n137-1111-0002,\n';
    const send = () =>
      t
        .http()
        .post('/api/blacklist/import')
        .set(manager)
        .attach('file', Buffer.from(csv), 'carrier.csv');
    const first = await send().expect(200);
    expect(first.body).toMatchObject({ rows: 3, added: 2, failed: 1 });
    expect(first.body.errors[0]).toMatchObject({
      line: 3,
      message: expect.stringContaining('phone'),
    });
    const again = await send().expect(200);
    expect(again.body).toMatchObject({ added: 0, unchanged: 2, failed: 1 });
    const auditor = bearer(await t.tokenFor('auditor'));
    const out = await t.http().get('/api/blacklist/export').set(auditor).expect(200);
    expect(out.text.split('\n')[0]).toBe('phone,since,source,reason,complaintId');
    // The auditor's export holds the numbers masked; the manager's (who dials) in full.
    expect(out.text).toContain('137****0001');
    expect(out.text).not.toMatch(/1[3-9]\d{9}/);
    expect(out.text).toContain('运营商投诉');
    const full = await t.http().get('/api/blacklist/export').set(manager).expect(200);
    expect(full.text).toContain('13711110001');
    await t
      .http()
      .post('/api/blacklist/import')
      .set(auditor)
      .attach('file', Buffer.from(csv), 'c.csv')
      .expect(403);
  });

  it('imports a list larger than one batch: a repeat within the file is unchanged, a bad row is reported, every add is in the history', async () => {
    const numbers = Array.from({ length: 600 }, (_, i) => String(15_800_000_000 + i));
    const lines = [
      'phone',
      ...numbers.slice(0, 300),
      'not-a-number',
      numbers[5],
      ...numbers.slice(300),
    ];
    const report = await t
      .http()
      .post('/api/blacklist/import')
      .set(manager)
      .attach('file', Buffer.from(lines.join('\n') + '\n'), 'big.csv')
      .expect(200);
    expect(report.body).toMatchObject({ rows: 602, added: 600, unchanged: 1, failed: 1 });
    expect(report.body.errors).toEqual([{ line: 302, message: expect.stringContaining('phone') }]);
    const history = await t.app
      .get(DataSource)
      .getRepository(BlacklistEvent)
      .countBy({ phone: In(numbers), action: 'add' });
    expect(history).toBe(600);
  });

  it('loads the active blacklist for a filter pass in pages, removed numbers left out', async () => {
    const repo = t.app.get(DataSource).getRepository(BlacklistNumber);
    const now = new Date();
    const phones = Array.from({ length: 12_001 }, (_, i) => String(15_500_000_000 + i * 7));
    phones.push('+85291234567', '+861012345678');
    const rows = phones.map((phone, i) => ({
      phone,
      active: i % 1000 !== 3,
      reason: 'bulk',
      source: 'import' as const,
      since: now,
      updatedAt: now,
    }));
    for (let i = 0; i < rows.length; i += 200) await repo.insert(rows.slice(i, i + 200));
    const active = await repo.find({ select: { phone: true }, where: { active: true } });
    const expected = active.map((r) => phoneKey(r.phone)).sort((a, b) => a - b);

    const keys = await t.app.get(BlacklistService).loadKeys();
    expect([...keys].sort((a, b) => a - b)).toEqual(expected);
    expect(keys).toContain(phoneKey('+85291234567'));
    expect(keys).not.toContain(phoneKey(phones[3]));
    expect(keys).not.toContain(phoneKey('13800138000')); // removed in the first test
  });
});
