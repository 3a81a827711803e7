import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { sale } from './helpers/qa-calls.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

/** A typed caller written the way a client author would, against the generated `paths`. */
const CLIENT = `
import type { paths } from './api.js';
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];
export type CallsList = Ok<'/api/calls', 'get'>;
export type TrialOutcome = Ok<'/api/trials/{id}/confirmations/{step}/outcome', 'post'>;
const id: CallsList extends { parameters: unknown } ? true : false = true;
export const checked: TrialOutcome extends { parameters: { path: { id: number | string } } } ? true : false = true;
export default id;

// Response bodies are typed, not unknown: a wrong field name or verdict fails tsc.
type Json<P extends keyof paths, M extends keyof paths[P], C extends number> =
  paths[P][M] extends { responses: { [K in C]: { content: { 'application/json': infer B } } } }
    ? B
    : never;
type Call = Json<'/api/calls/{id}', 'get', 200>;
type Trial = Json<'/api/trials/{id}/confirmations/{step}/outcome', 'post', 200>;
export function verdictOf(call: Call): 'valid' | 'invalid' | 'needs_review' {
  return call.finalVerdict.status;
}
export function stepOutcomes(trial: Trial): (string | null)[] {
  return trial.confirmations.map((s) => s.outcome);
}
export function identityAgreement(
  review: Json<'/api/qa/reviews/{id}', 'get', 200>,
): ['pass' | 'fail', 'agree' | 'disagree' | 'checker_unknown'] {
  return [review.rules.identity, review.agreement.identity];
}
export const firstAgent = (agents: Json<'/api/agents', 'get', 200>): string => agents[0].code;
`;

/** Compiles files against the generated `api.ts` as a client author would; returns tsc's complaints. */
function typeCheck(dir: string, file: string): string[] {
  const program = ts.createProgram([join(dir, file)], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/**
 * Live bodies as typed constants: each real response, pasted as an object
 * literal, must fit the generated type of its operation. Literals get excess
 * property checks, so a field the service sends but the document lacks fails
 * as surely as a wrong type, a missing required field or an undeclared enum value.
 */
function liveFile(
  bodies: { name: string; path: string; method: string; status: number; body: unknown }[],
) {
  const head = `import type { paths } from './api.js';
type Json<P extends keyof paths, M extends keyof paths[P], C extends number> =
  paths[P][M] extends { responses: { [K in C]: { content: { 'application/json': infer B } } } }
    ? B
    : never;
`;
  return (
    head +
    bodies
      .map(
        (b) =>
          `export const ${b.name}: Json<'${b.path}', '${b.method}', ${b.status}> = ${JSON.stringify(b.body, null, 1)};`,
      )
      .join('\n')
  );
}

describe('OpenAPI document as shipped: typed client and redocly lint', () => {
  let t: TestApp;
  let dir: string;
  let docFile: string;

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'openapi-client-'));
    docFile = join(dir, 'openapi.json');
    writeFileSync(docFile, JSON.stringify((await t.http().get('/api/docs-json').expect(200)).body));
    // The client every test below compiles against, generated once from the served document.
    writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(new URL(`file://${docFile}`))));
  });
  afterAll(async () => {
    await t.close();
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  });

  it('generates a client with openapi-typescript that type-checks against real calls', async () => {
    writeFileSync(join(dir, 'client.ts'), CLIENT);
    expect(typeCheck(dir, 'client.ts')).toEqual([]);
  });

  it('types live responses of real calls: they fit the generated client exactly', async () => {
    await seedDevCatalogue(t);
    const admin = bearer(ADMIN_TOKEN);
    const agent = bearer(await t.tokenFor('agent', 'dialer'));
    const inspector = bearer(await t.tokenFor('inspector', 'inspector'));
    const call = sale('OAPI-1', { agentCode: 'A002', startedAt: '2026-11-10T14:35:00+08:00' });
    const created = await t.http().post('/api/calls').set(agent).send(call).expect(201);
    await t
      .http()
      .post('/api/blacklist')
      .set(admin)
      .send({ phone: '13800138000', reason: 'asked not to be called' })
      .expect(201);
    const upload = await t
      .http()
      .post('/api/dial-lists')
      .set(admin)
      .attach('file', Buffer.from('phone\n13800138000\n13900139000\nnot a phone\n'), 'l.csv')
      .expect(201);
    const run = await t
      .http()
      .post('/api/qa/sampling-runs')
      .set(admin)
      .send({ tier: 'daily', period: '2026-11-10' })
      .expect(201);
    const revised = await t
      .http()
      .post('/api/reports/weekly/2026-W46/revisions')
      .set(admin)
      .send({ reason: 'typed-client check' })
      .expect(201);
    const get = async (path: string, as = admin) =>
      (await t.http().get(path).set(as).expect(200)).body;
    // The queue while the item is open, then its review, so the call lists a review.
    const queue = await get('/api/qa/queue', inspector);
    const pass = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };
    const review = await t
      .http()
      .post('/api/qa/reviews')
      .set(inspector)
      .send({ itemId: run.body.items[0].id, rules: pass, notes: 'typed-client check' })
      .expect(201);
    const bodies = [
      { name: 'review', path: '/api/qa/reviews', method: 'post', status: 201, body: review.body },
      { name: 'sale', path: '/api/calls', method: 'post', status: 201, body: created.body },
      {
        name: 'call',
        path: '/api/calls/{id}',
        method: 'get',
        status: 200,
        body: await get(`/api/calls/${created.body.id}`),
      },
      {
        name: 'blacklist',
        path: '/api/blacklist',
        method: 'get',
        status: 200,
        body: await get('/api/blacklist?phone=%2B86%20138%200013%208000'),
      },
      {
        name: 'dialUpload',
        path: '/api/dial-lists',
        method: 'post',
        status: 201,
        body: upload.body,
      },
      {
        name: 'dialList',
        path: '/api/dial-lists/{id}',
        method: 'get',
        status: 200,
        body: await get(`/api/dial-lists/${upload.body.id}`),
      },
      { name: 'run', path: '/api/qa/sampling-runs', method: 'post', status: 201, body: run.body },
      {
        name: 'verify',
        path: '/api/qa/sampling-runs/{id}/verify',
        method: 'get',
        status: 200,
        body: await get(`/api/qa/sampling-runs/${run.body.id}/verify`),
      },
      {
        name: 'runReport',
        path: '/api/qa/sampling-runs/{id}/report',
        method: 'get',
        status: 200,
        body: await get(`/api/qa/sampling-runs/${run.body.id}/report`),
      },
      {
        name: 'queue',
        path: '/api/qa/queue',
        method: 'get',
        status: 200,
        body: queue,
      },
      {
        name: 'population',
        path: '/api/qa/sampling-runs/{id}/population',
        method: 'get',
        status: 200,
        body: await get(`/api/qa/sampling-runs/${run.body.id}/population`),
      },
      {
        name: 'revision',
        path: '/api/reports/weekly/{week}/revisions',
        method: 'post',
        status: 201,
        body: revised.body,
      },
      {
        name: 'me',
        path: '/api/me',
        method: 'get',
        status: 200,
        body: await get('/api/me', inspector),
      },
      {
        name: 'weekly',
        path: '/api/reports/weekly',
        method: 'get',
        status: 200,
        body: await get('/api/reports/weekly?week=2026-W46'),
      },
      {
        name: 'health',
        path: '/api/health',
        method: 'get',
        status: 200,
        body: await get('/api/health'),
      },
      // The one error body, as the guard and the validation pipe write it.
      {
        name: 'unauthorized',
        path: '/api/users',
        method: 'get',
        status: 401,
        body: (await t.http().get('/api/users').expect(401)).body,
      },
      {
        name: 'forbidden',
        path: '/api/users',
        method: 'get',
        status: 403,
        body: (await t.http().get('/api/users').set(inspector).expect(403)).body,
      },
      {
        name: 'users',
        path: '/api/users',
        method: 'get',
        status: 200,
        body: await get('/api/users'),
      },
      {
        name: 'audit',
        path: '/api/audit',
        method: 'get',
        status: 200,
        body: await get('/api/audit'),
      },
    ];
    // The calls really happened: a sampled sale, a filtered list, a report that counts it.
    expect(run.body.items.length).toBeGreaterThan(0);
    expect(queue).toHaveLength(run.body.items.length);
    expect(bodies.find((b) => b.name === 'call')!.body.reviews).toHaveLength(1);
    expect(upload.body.counts).toMatchObject({ blacklisted: 1, invalid: 1, exported: 1 });
    expect(bodies.find((b) => b.name === 'weekly')!.body.sales).toBe(1);
    writeFileSync(join(dir, 'live.ts'), liveFile(bodies));
    expect(typeCheck(dir, 'live.ts')).toEqual([]);
  });

  it('rejects a body that drifts from the document: the check has teeth', () => {
    const fits = {
      id: 1,
      status: 'ready',
      filename: 'l.csv',
      progress: 1,
      counts: { input: 3, invalid: 1, duplicates: 0, blacklisted: 1, exported: 1 },
      error: null,
      createdAt: '2026-11-10T06:35:00.000Z',
      finishedAt: '2026-11-10T06:35:01.000Z',
    };
    const { counts: _dropped, ...withoutCounts } = fits;
    const variants = {
      fits,
      unknownStatus: { ...fits, status: 'done' },
      undocumentedField: { ...fits, bytesRead: 10 },
      missingField: withoutCounts,
    };
    const problems = Object.entries(variants).map(([name, body]) => {
      const file = `drift-${name}.ts`;
      const at = { name, path: '/api/dial-lists/{id}', method: 'get', status: 200, body };
      writeFileSync(join(dir, file), liveFile([at]));
      return [name, typeCheck(dir, file).join('\n')];
    });
    expect(Object.fromEntries(problems)).toEqual({
      fits: '',
      unknownStatus: expect.stringMatching(/"done"/),
      undocumentedField: expect.stringMatching(/bytesRead/),
      missingField: expect.stringMatching(/counts/),
    });
  });

  it('passes redocly lint with the recommended rules', () => {
    const cli = join(process.cwd(), 'node_modules/@redocly/cli/bin/cli.js');
    // execFileSync throws (failing the test with redocly's report) on a non-zero exit.
    const out = execFileSync(
      process.execPath,
      [cli, 'lint', docFile, '--extends=recommended', '--format=summary'],
      { encoding: 'utf8', stdio: 'pipe' },
    );
    expect(out).not.toMatch(/error /);
  });
});
