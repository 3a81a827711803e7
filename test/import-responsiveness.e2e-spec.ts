import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { syntheticCall } from '../scripts/bench/synthetic-calls.js';
import { ADMIN_TOKEN, bearer, dialect, startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The API keeps answering while a large import runs in the same process
 * (issue 14). Before the fix a light request on SQLite waited in line behind
 * every write transaction (the import's batches and the trial jobs'), and every
 * health probe read and hydrated every overdue trial step. These tests check
 * order and correctness, not time: latency under load is measured by
 * `npm run bench:api-under-import`, against an idle floor in the same run.
 */
const ROWS = 5_000;
const EVERY_MS = 50;
const SCRIPT = `[features] 畅听千万首正版无损音乐，下载免流量。
[usage] 登录咪咕音乐客户端，用本机号码登录就能使用。
[price] 资费是每月{price}，从话费中扣除。
[trial_end] 前{trialDays}天免费体验，体验期到{trialEnd}结束。
[cancel_method] 不想用了可以{cancelMethod}取消。
[consent] 请问您同意开通吗？`;
const LIGHT = ['/api/health', '/api/agents'];

// SQLite only for now: on PostgreSQL the median during the import is still
// ~190 ms (the trial-confirmation jobs the import's sales make due run eight at
// a time in the same process).
const onSqlite = dialect() === 'sqlite' ? describe : describe.skip;

onSqlite('the API during a large import', () => {
  let t: TestApp;
  let base: string;
  const admin = bearer(ADMIN_TOKEN);

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const post = (path: string, body: object) =>
      t.http().post(path).set(admin).send(body).expect(201);
    await post('/api/agents', { code: 'B001', name: '压测坐席' });
    await post('/api/products', {
      code: 'MUSIC10',
      name: '咪咕音乐白金会员',
      monthlyFeeCents: 1000,
      trialDays: 30,
      cancelMethod: '编辑短信TD发送到10658888，或拨打10086',
    });
    await post('/api/products/MUSIC10/scripts', {
      version: 'v3',
      purpose: 'marketing',
      text: SCRIPT,
    });
    await t.http().post('/api/products/MUSIC10/scripts/v3/approve').set(admin).expect(200);
  });

  afterAll(() => t?.close());

  /** One light request every EVERY_MS, round robin, until `until` settles; each one's latency. */
  async function probe(until: Promise<unknown>): Promise<number[]> {
    const latencies: number[] = [];
    const pending: Promise<void>[] = [];
    let done = false;
    void until.finally(() => (done = true));
    for (let i = 0; !done; i++) {
      const started = performance.now();
      pending.push(
        fetch(base + LIGHT[i % LIGHT.length], { headers: admin }).then(async (res) => {
          await res.arrayBuffer();
          expect(res.status).toBe(200);
          latencies.push(performance.now() - started);
        }),
      );
      await new Promise((r) => setTimeout(r, EVERY_MS));
    }
    await Promise.all(pending);
    return latencies;
  }

  it('answers a light read while a write transaction holds the SQLite writer, not after it', async () => {
    // Order, not time: before the fix every SELECT queued behind the open transaction, so
    // the read could only finish after the release (here forced after 20 s at the latest).
    const db = t.app.get(DataSource);
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let holding!: () => void;
    const held = new Promise<void>((r) => (holding = r));
    const transaction = db.transaction(async (tx) => {
      await tx.query('SELECT 1');
      holding();
      await gate;
      order.push('released');
    });
    await held;
    const safety = setTimeout(release, 20_000);
    const reads = Promise.all(
      LIGHT.map(async (path) => {
        const res = await fetch(base + path, { headers: admin });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    expect(await reads).toEqual(LIGHT.map(() => 200));
    order.push('read');
    clearTimeout(safety);
    release();
    await transaction;
    expect(order).toEqual(['read', 'released']);
  });

  it('keeps answering 200 while 5,000 calls import', async () => {
    const body = Buffer.from(
      Array.from({ length: ROWS }, (_, i) =>
        JSON.stringify({ ...syntheticCall(i), externalId: `RESP-${i}` }),
      ).join('\n'),
    );
    const importing = fetch(`${base}/api/calls/import`, {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/x-ndjson' },
      body,
    }).then(async (res) => ({ status: res.status, report: await res.json() }));
    const statuses = await probe(importing);
    const { status, report } = await importing;
    expect(status).toBe(200);
    expect(report).toMatchObject({ rows: ROWS, created: ROWS, failed: 0 });
    // Latency under load is the benchmark's business (npm run bench:api-under-import).
    expect(statuses.length).toBeGreaterThan(0);
  }, 300_000);

  it('reads back every write made while an import holds the writer (the second connection is never stale)', async () => {
    const body = Buffer.from(
      Array.from({ length: 2_000 }, (_, i) =>
        JSON.stringify({ ...syntheticCall(i), externalId: `RAW-${i}` }),
      ).join('\n'),
    );
    const importing = fetch(`${base}/api/calls/import`, {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/x-ndjson' },
      body,
    }).then((res) => res.status);
    let done = false;
    void importing.finally(() => (done = true));
    const missing: string[] = [];
    let written = 0;
    for (let i = 0; !done || i < 5; i++) {
      const code = `RW${i}`;
      const created = await fetch(`${base}/api/agents`, {
        method: 'POST',
        headers: { ...admin, 'Content-Type': 'application/json' },
        body: JSON.stringify({ code, name: '读写校验' }),
      });
      expect(created.status).toBe(201);
      written++;
      const list = (await (await fetch(`${base}/api/agents`, { headers: admin })).json()) as {
        code: string;
      }[];
      if (!list.some((a) => a.code === code)) missing.push(code);
    }
    expect(await importing).toBe(200);
    expect({ written: written >= 5, missing }).toEqual({ written: true, missing: [] });
  }, 300_000);
});
