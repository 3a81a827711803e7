import { startTestApp, type TestApp } from './helpers/test-app.js';

interface Operation {
  summary?: string;
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, object> };
};

/**
 * Operations whose 2xx body is not documented yet (issue 12, "the contract ships too").
 * A ratchet, not an exemption: an operation missing from this list must document its body,
 * and one documented since must leave the list, so it only shrinks.
 */
const BODY_NOT_YET_DOCUMENTED = [
  'GET /api/health',
  'GET /api/audit',
  'POST /api/users',
  'GET /api/users',
  'GET /api/me',
  'POST /api/users/{id}/password',
  'POST /api/me/password',
  'GET /api/me/sessions',
  'DELETE /api/me/sessions/{id}',
  'POST /api/users/{id}/tokens',
  'GET /api/users/{id}/tokens',
  'DELETE /api/tokens/{id}',
  'POST /api/calls/import',
  'GET /api/calls/{id}/recording',
  'PUT /api/calls/{id}/recording',
  'POST /api/compliance/evaluate',
  'POST /api/blacklist/import',
  'GET /api/blacklist/export',
  'GET /api/blacklist',
  'POST /api/blacklist',
  'DELETE /api/blacklist/{phone}',
  'POST /api/dial-lists',
  'GET /api/dial-lists/{id}',
  'GET /api/dial-lists/{id}/export',
  'POST /api/complaints',
  'POST /api/qa/sampling-runs',
  'GET /api/qa/sampling-runs',
  'GET /api/qa/sampling-runs/{id}',
  'GET /api/qa/sampling-runs/{id}/verify',
  'GET /api/qa/sampling-runs/{id}/report',
  'GET /api/qa/sampling-runs/{id}/population',
  'GET /api/qa/queue',
  'PUT /api/qa/items/{id}/assignee',
  'GET /api/qa/rechecks',
  'GET /api/qa/calibration',
  'GET /admin/queues',
  'GET /api/admin/queues',
  'GET /api/admin/queues/{name}/failed',
  'POST /api/admin/queues/{name}/failed/retry',
  'POST /api/admin/queues/{name}/jobs/{jobId}/retry',
  'GET /api/reports/weekly',
  'GET /api/reports/weekly/{week}/revisions',
  'POST /api/reports/weekly/{week}/revisions',
  'GET /api/reports/weekly/{week}/revisions/{revision}',
  'GET /reports/weekly/{week}',
];

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: Doc;

  beforeAll(async () => {
    t = await startTestApp();
    doc = (await t.http().get('/api/docs-json').expect(200)).body as Doc;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ id: `${method.toUpperCase()} ${path}`, op })),
    );

  it('gives every operation a summary', () => {
    const missing = operations().filter(({ op }) => !op.summary?.trim());
    expect(missing.map(({ id }) => id)).toEqual([]);
    expect(operations().length).toBeGreaterThan(50);
  });

  it('documents a 2xx body with a schema on every operation but the shrinking list', () => {
    const undocumented = operations().filter(({ op }) => {
      const ok = Object.entries(op.responses).filter(([code]) => code.startsWith('2'));
      return !ok.some(([, r]) => JSON.stringify(r.content ?? {}).includes('schema'));
    });
    expect(undocumented.map(({ id }) => id).sort()).toEqual([...BODY_NOT_YET_DOCUMENTED].sort());
  });

  it('describes the bearer credential as an opaque API token, not a JWT', () => {
    const bearer = doc.components.securitySchemes.bearer as Record<string, string>;
    expect(bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(bearer.bearerFormat).toBe('opaque');
    expect(bearer.description).toMatch(/opaque API token/i);
  });

  it('names each allowed role once in 403 descriptions', () => {
    const forbidden = operations().flatMap(({ op }) =>
      op.responses['403'] ? [op.responses['403'].description] : [],
    );
    expect(forbidden.length).toBeGreaterThan(50);
    for (const description of forbidden) {
      const roles = description.replace('Allowed roles: ', '').split(', ');
      expect(new Set(roles).size).toBe(roles.length);
    }
  });

  it('documents the one error body on 401 and 403', () => {
    expect(doc.components.schemas.ErrorView).toMatchObject({
      required: expect.arrayContaining(['statusCode', 'error', 'message']),
    });
    const guarded = operations().filter(({ op }) => op.responses['401']);
    for (const { op } of guarded) {
      expect(JSON.stringify(op.responses['401'].content)).toContain(
        '#/components/schemas/ErrorView',
      );
      expect(JSON.stringify(op.responses['403'].content)).toContain(
        '#/components/schemas/ErrorView',
      );
    }
  });
});
