import { startTestApp, type TestApp } from './helpers/test-app.js';

interface Operation {
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, object> };
};

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

  it('documents a 2xx body with a schema on every operation', () => {
    const undocumented = operations().filter(({ op }) => {
      const ok = Object.entries(op.responses).filter(([code]) => code.startsWith('2'));
      const bodies = ok.flatMap(([, r]) => Object.values(r.content ?? {}));
      return bodies.length === 0 || bodies.some((media) => !(media as { schema?: object }).schema);
    });
    expect(undocumented.map(({ id }) => id)).toEqual([]);
  });

  it('gives non-JSON bodies their media type: CSV, HTML and audio as strings', () => {
    const body = (id: string) => {
      const op = operations().find((o) => o.id === id)!.op;
      return op.responses['200'].content as Record<string, { schema: Record<string, string> }>;
    };
    expect(body('GET /api/blacklist/export')['text/csv'].schema).toEqual({ type: 'string' });
    expect(body('GET /api/dial-lists/{id}/export')['text/csv'].schema).toEqual({ type: 'string' });
    expect(body('GET /reports/weekly/{week}')['text/html'].schema).toEqual({ type: 'string' });
    expect(Object.keys(body('GET /api/reports/weekly')).sort()).toEqual([
      'application/json',
      'text/csv',
    ]);
    expect(body('GET /api/calls/{id}/recording')['audio/wav'].schema).toEqual({
      type: 'string',
      format: 'binary',
    });
  });

  it('documents 201 where the code answers 201', () => {
    for (const id of [
      'POST /api/users',
      'POST /api/users/{id}/tokens',
      'POST /api/blacklist',
      'POST /api/dial-lists',
      'POST /api/complaints',
      'POST /api/qa/sampling-runs',
    ])
      expect([id, Object.keys(operations().find((o) => o.id === id)!.op.responses)]).toEqual([
        id,
        expect.arrayContaining(['201']),
      ]);
  });

  it('describes the bearer credential as an opaque API token, not a JWT', () => {
    const bearer = doc.components.securitySchemes.bearer as Record<string, string>;
    expect(bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(bearer.bearerFormat).toBe('opaque');
    expect(bearer.description).toMatch(/opaque API token/i);
  });

  it('offers the console session cookie beside the bearer token on every guarded route', () => {
    expect(doc.components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'qa_session',
    });
    const guarded = operations().filter(({ op }) => op.responses['401']);
    expect(guarded.length).toBeGreaterThan(50);
    for (const { id, op } of guarded)
      expect([id, op.security]).toEqual([id, [{ bearer: [] }, { session: [] }]]);
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
      required: expect.arrayContaining(['statusCode', 'code', 'error', 'message']),
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
