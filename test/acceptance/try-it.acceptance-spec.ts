import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { seedCatalogue } from './catalogue.js';
import { type CompiledService, startCompiledService } from './compiled-service.js';
import { bearer, client, type Client } from './http.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dialect = process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

/** The call bodies of the README's "Try it" section, from the same script it uses. */
const tryItBody = (...args: string[]): unknown =>
  JSON.parse(
    execFileSync(process.execPath, [resolve(ROOT, 'scripts/try-it-calls.mjs'), ...args], {
      encoding: 'utf8',
    }),
  );

/**
 * The README's "Try it" flow against `node dist/main.js`, as a new user runs it: the
 * build tsc emits, its own database and Redis, HTTP only. Under ts-jest's old per-file
 * compile this flow passed while the compiled service refused every confirmation step.
 */
describe(`compiled service: the README's first five minutes (${dialect})`, () => {
  let svc: CompiledService;
  let admin: Client;

  beforeAll(async () => {
    svc = await startCompiledService(dialect);
    admin = client(svc.base, bearer(svc.adminToken));
  }, 180_000);
  afterAll(async () => svc?.stop());

  it('records both confirmations of a trial sale, and the trial reads confirmed', async () => {
    await seedCatalogue(admin);

    const sale = await admin('POST', '/api/calls', tryItBody('sale'));
    expect(sale.status).toBe(201);
    expect(sale.body.compliance.status).toBe('valid');
    const trialId = sale.body.trialId;
    expect(trialId).toEqual(expect.any(Number));

    let trial: { status: string } | undefined;
    for (const step of ['1', '2']) {
      const confirmation = await admin(
        'POST',
        '/api/calls',
        tryItBody('confirm', String(trialId), step),
      );
      expect(confirmation.status).toBe(201);
      const outcome = await admin('POST', `/api/trials/${trialId}/confirmations/${step}/outcome`, {
        outcome: 'continue',
        callId: confirmation.body.id,
      });
      expect(outcome.status).toBe(200);
      trial = outcome.body;
    }
    expect(trial?.status).toBe('confirmed');

    const detail = await admin('GET', `/api/calls/${sale.body.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.reviews).toEqual([]);
  });

  it.each(['0x10', '1e3', '%201', '1.5', '-1'])(
    'refuses the id %s with a 400 instead of reading it as a number',
    async (id) => {
      const res = await admin('GET', `/api/calls/${id}`);
      expect(res.status).toBe(400);
    },
  );

  it('has no test clock: without TEST_CLOCK=on the route does not exist', async () => {
    const res = await admin('PUT', '/api/admin/test-clock', { now: '2030-01-01T00:00:00Z' });
    expect(res.status).toBe(404);
    expect(svc.logs()).not.toContain('TEST_CLOCK=on');
  });

  it('logs answers with their status code and no unmasked phone number', () => {
    const lines = svc
      .logs()
      .split('\n')
      .filter((l) => l.includes('"res"'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line).res.statusCode).toEqual(expect.any(Number));
    // A mainland mobile number standing alone (timestamps are longer runs of digits).
    expect(svc.logs()).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  });
});
