import { waitFor } from '../helpers/wait-for.js';
import { createAccount } from './catalogue.js';
import { type CompiledService, startCompiledService } from './compiled-service.js';
import { bearer, client, type Client, expectStatus } from './http.js';

const dialect = process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

/** A dial list as a campaign manager uploads it: several spellings, a duplicate, a bad row. */
const LIST = [
  'name,phone,city',
  '张三,+86 139 1111 2222,北京',
  '李四,13800000001,"上海, 浦东"',
  '王五,0086-139-0000-0004,广州',
  '赵六,138 0000 0001,深圳',
  '钱七,12345,杭州',
  '孙八,13700000009,成都',
].join('\n');

/**
 * The blacklist keeps numbers out of every dial list, against `node dist/main.js`:
 * a number blacklisted before the upload is filtered (in any spelling), one
 * blacklisted after it is still left out of the export, which re-checks.
 */
describe(`compiled service: blacklist → dial list → export (${dialect})`, () => {
  let svc: CompiledService;
  let manager: Client;
  let auditor: Client;
  let admin: Client;

  beforeAll(async () => {
    svc = await startCompiledService(dialect);
    admin = client(svc.base, bearer(svc.adminToken));
    manager = client(svc.base, bearer((await createAccount(admin, 'campaign_manager')).token));
    auditor = client(svc.base, bearer((await createAccount(admin, 'auditor')).token));
  }, 180_000);
  afterAll(async () => svc?.stop());

  it('filters an uploaded list and exports only numbers that may be dialled', async () => {
    expectStatus(
      await manager('POST', '/api/blacklist', { phone: '13911112222', reason: '严重投诉' }),
      201,
    );
    const form = new FormData();
    form.append('file', new Blob([LIST], { type: 'text/csv' }), 'list.csv');
    const uploaded = expectStatus(await manager('POST', '/api/dial-lists', form), 201).body;
    const list = await waitFor(async () => {
      const now = expectStatus(await manager('GET', `/api/dial-lists/${uploaded.id}`), 200).body;
      return now.status !== 'processing' && now.status !== 'queued' && now;
    }, 'the dial list to be processed');
    expect(list.status).toBe('ready');
    expect(list.counts).toMatchObject({
      input: 6,
      blacklisted: 1,
      duplicates: 1,
      invalid: 1,
      exported: 3,
    });

    // Blacklisted after the upload: the export checks again.
    expectStatus(
      await manager('POST', '/api/blacklist', {
        phone: '+86 139 0000 0004',
        reason: '要求不再来电',
      }),
      201,
    );
    const out = expectStatus(await manager('GET', `/api/dial-lists/${uploaded.id}/export`), 200);
    expect(out.headers.get('content-type')).toContain('text/csv');
    const lines = out.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('name,phone,city');
    expect(lines.slice(1).sort()).toEqual([
      '孙八,13700000009,成都',
      '李四,13800000001,"上海, 浦东"',
    ]);
    expect(out.text).not.toContain('13911112222');
    expect(out.text).not.toContain('13900000004');

    // The auditor does not dial: the blacklist comes masked (PHONE_VISIBILITY).
    const blacklist = expectStatus(await auditor('GET', '/api/blacklist/export'), 200).text;
    expect(blacklist).toContain('139****2222');
    expect(blacklist).toContain('139****0004');
    expect(blacklist).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    // An admin may open the manager's export, but sees its numbers masked.
    const opened = expectStatus(await admin('GET', `/api/dial-lists/${uploaded.id}/export`), 200);
    expect(opened.text).toContain('孙八,137****0009,成都');
    expect(opened.text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    const rejected = expectStatus(
      await admin('GET', `/api/dial-lists/${uploaded.id}/rejected`),
      200,
    );
    expect(rejected.text).toContain('139****2222');
    expect(rejected.text.replace(/\D+/g, ' ')).not.toMatch(
      /13911112222|1391111 2222|139 1111 2222/,
    );
    const full = expectStatus(await manager('GET', `/api/dial-lists/${uploaded.id}/rejected`), 200);
    expect(full.text).toContain('139 1111 2222');
    // Only campaign managers handle dial lists.
    expect((await auditor('GET', `/api/dial-lists/${uploaded.id}/export`)).status).toBe(403);
  });
});
