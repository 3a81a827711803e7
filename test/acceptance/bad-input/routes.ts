/** The served OpenAPI document, reduced to what the bad-input corpus needs per operation. */

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
}

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}

export interface Route {
  method: string;
  /** The templated path, e.g. /api/calls/{id}. */
  template: string;
  params: Param[];
  /** The JSON body's schema, resolved, when the operation documents one. */
  body?: Schema;
  isPublic: boolean;
}

interface Operation {
  parameters?: Param[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  security?: unknown[];
}

export interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every operation of the document, in document order (so sampling is repeatable). */
export function routesOf(doc: Document): Route[] {
  const schemas = doc.components?.schemas ?? {};
  const resolve = (s: Schema | undefined, depth = 0): Schema | undefined => {
    if (!s || depth > 6) return s;
    if (s.$ref) return resolve(schemas[s.$ref.replace('#/components/schemas/', '')], depth + 1);
    if (s.allOf?.length === 1) return resolve(s.allOf[0], depth + 1);
    const out: Schema = { ...s };
    if (s.items) out.items = resolve(s.items, depth + 1);
    if (s.properties) {
      out.properties = Object.fromEntries(
        Object.entries(s.properties).map(([k, v]) => [k, resolve(v, depth + 1)!]),
      );
    }
    return out;
  };
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      routes.push({
        method: method.toUpperCase(),
        template,
        params: op.parameters ?? [],
        body: resolve(op.requestBody?.content['application/json']?.schema),
        isPublic: Array.isArray(op.security) && op.security.length === 0,
      });
    }
  }
  return routes;
}

/** A plausible value of a schema: its example or first enum member, else one of its type. */
export function sampleOf(s: Schema | undefined, depth = 0): unknown {
  if (!s) return 'x';
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.oneOf?.length) return sampleOf(s.oneOf[0], depth);
  switch (s.type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 3 ? [] : [sampleOf(s.items, depth + 1)];
    case 'object':
      if (depth > 3 || !s.properties) return {};
      return Object.fromEntries(
        Object.entries(s.properties).map(([k, v]) => [k, sampleOf(v, depth + 1)]),
      );
    default:
      if (s.format === 'date-time') return '2026-01-05T10:00:00+08:00';
      if (s.format === 'date') return '2026-01-05';
      if (s.properties) return sampleOf({ ...s, type: 'object' }, depth);
      return 'x';
  }
}
