import { startTestApp, type TestApp } from './helpers/test-app.js';

interface Operation {
  summary?: string;
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
