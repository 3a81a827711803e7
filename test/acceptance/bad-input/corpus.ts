import { type Route, type Schema, sampleOf } from './routes.js';

/** One hostile request, already encoded as it goes on the wire. */
export interface BadRequest {
  route: string;
  label: string;
  method: string;
  /** Raw request target: percent-encoding and `..` are sent exactly as written. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** The phone every spelling below stands for; the log test looks for it unmasked. */
export const PLANTED_PHONE = '13512345678';

/** Spellings the normaliser accepts, as a client might send them. */
export const PHONE_SPELLINGS = [
  '+86 135 1234 5678',
  '135.1234.5678',
  '+86-135-1234-5678',
  '0086 13512345678',
  '(135)1234-5678',
  '135 -- 1234 -- 5678',
  '\uFF11\uFF13\uFF15\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18',
];

const HUGE_DIGITS = '99999999999999999999';

/** Values for path and query parameters, percent-encoded where a client would. */
const PARAM_VALUES: [string, string][] = [
  ['zero', '0'],
  ['negative', '-1'],
  ['int32 overflow', '2147483648'],
  ['uint32 overflow', '4294967296'],
  ['huge integer', HUGE_DIGITS],
  ['exponent', '1e3'],
  ['hex', '0x10'],
  ['fraction', '1.5'],
  ['space', '%201'],
  ['empty', ''],
  ['3000 characters', 'a'.repeat(3000)],
  ['encoded traversal', '..%2F..%2F..%2Fetc%2Fpasswd'],
  ['dot segments', '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
  ['NUL', '%00'],
  ['embedded NUL', 'a%00b'],
  ['control characters', '%01%1F%7F'],
  ['truncated UTF-8', '%E0%A4%A'],
  ['lone surrogate', '%ED%A0%80'],
  ['right-to-left override', '%E2%80%AEabc'],
  ['zero-width space', 'a%E2%80%8Bb'],
  ['impossible date', '2026-02-30'],
  ['impossible month', '2026-13-45'],
  ['week zero of year zero', '0000-W01'],
  ['week 54', '2026-W54'],
  ['not a boolean', 'maybe'],
  ['null word', 'null'],
  ['sql', "1'%20OR%20'1'%3D'1"],
  ...PHONE_SPELLINGS.map((p, i): [string, string] => [`phone ${i}`, encodeURIComponent(p)]),
  ['phone with + as space', '%2B86+135+1234+5678'],
];

/** Values put into one JSON field at a time (JSON text, so numbers too big for JS fit). */
const FIELD_VALUES: [string, string][] = [
  ['null', 'null'],
  ['true', 'true'],
  ['object', '{}'],
  ['array', '[]'],
  ['nested arrays', '[[[[[[[[[[]]]]]]]]]]'],
  ['operator object', '{"$ne":1}'],
  ['empty string', '""'],
  ['5000 characters', JSON.stringify('x'.repeat(5000))],
  ['NUL', '"\\u0000"'],
  ['embedded NUL', '"a\\u0000b"'],
  ['control characters', '"\\u0001\\u001f\\u007f\\b"'],
  ['lone surrogate', '"\\ud800"'],
  ['right-to-left override', '"\\u202eabc"'],
  ['zero-width', '"a\\u200bb\\ufeff"'],
  ['traversal', '"../../../../etc/passwd"'],
  ['negative', '-1'],
  ['zero', '0'],
  ['fraction', '1.5'],
  ['int32 overflow', '2147483648'],
  ['huge integer', HUGE_DIGITS],
  ['huge float', '1e308'],
  ['numeric string', '"12"'],
  ['impossible date', '"2026-02-30"'],
  ['impossible time', '"2026-13-45T25:61:00Z"'],
  ...PHONE_SPELLINGS.map((p, i): [string, string] => [`phone ${i}`, JSON.stringify(p)]),
];

const BAD_CSV = [
  'phone,reason\n"13512345678,unterminated\n',
  'a,b,c\n1,2\n3,4,5,6,7\n',
  '\uFEFF\u0000,\u0000\n\u0000',
].join('');

/** Bodies sent whole, whatever the route documents. */
const WHOLE_BODIES: [string, string, string | Buffer][] = [
  ['malformed JSON', 'application/json', '{"a":'],
  ['deeply nested arrays', 'application/json', '['.repeat(200_000)],
  ['deeply nested arrays, closed', 'application/json', '['.repeat(5000) + ']'.repeat(5000)],
  ['deeply nested objects', 'application/json', '{"a":'.repeat(100_000)],
  ['JSON null', 'application/json', 'null'],
  ['JSON array', 'application/json', '[]'],
  ['JSON string', 'application/json', '"s"'],
  ['JSON number', 'application/json', HUGE_DIGITS],
  ['empty object', 'application/json', '{}'],
  ['prototype pollution', 'application/json', '{"__proto__":{"admin":true},"constructor":{}}'],
  ['oversized', 'application/json', JSON.stringify({ a: 'x'.repeat(2 * 1024 * 1024) })],
  ['bad CSV', 'text/csv', BAD_CSV],
  ['deeply nested NDJSON', 'application/x-ndjson', '['.repeat(5000) + ']'.repeat(5000) + '\n'],
  ['nested form', 'application/x-www-form-urlencoded', 'a' + '[b]'.repeat(500) + '=1'],
  ['plain text', 'text/plain', 'hello'],
  ['bad UTF-8 JSON', 'application/json; charset=utf-8', Buffer.from('{"a":"\xff\xfe"}', 'latin1')],
  ['unknown charset', 'application/json; charset=ebcdic', '{}'],
];

/** Credentials other than the admin token, each on its own. */
const BAD_CREDENTIALS: [string, Record<string, string>][] = [
  ['no credentials', {}],
  ['unknown token', { authorization: 'Bearer qat_unknown0000000000000000' }],
  ['empty bearer', { authorization: 'Bearer ' }],
  ['basic scheme', { authorization: 'Basic Zm9vOmJhcg==' }],
  ['5000-character token', { authorization: `Bearer ${'t'.repeat(5000)}` }],
  ['truncated UTF-8 cookie', { cookie: 'qa_session=%E0%A4%A' }],
  ['NUL cookie', { cookie: 'qa_session=%00' }],
  ['empty cookie', { cookie: 'qa_session=' }],
  ['two cookies', { cookie: 'qa_session=a; qa_session=%ZZ' }],
  ['8000-character cookie', { cookie: `qa_session=${'c'.repeat(8000)}` }],
];

/** Always sent, whatever the sample: the cases issue 14 found as 500s. */
const ALWAYS = new Set([
  'deeply nested arrays',
  'deeply nested arrays, closed',
  'truncated UTF-8 cookie',
  'malformed JSON',
]);

/** mulberry32: a small seeded generator, so every run samples the same requests. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The body's top-level fields and those one level down (objects, first array item). */
function fieldPaths(schema: Schema | undefined): string[][] {
  const out: string[][] = [];
  for (const [k, v] of Object.entries(schema?.properties ?? {})) {
    out.push([k]);
    const inner = v.type === 'array' ? v.items : v;
    for (const k2 of Object.keys(inner?.properties ?? {})) {
      out.push(v.type === 'array' ? [k, '0', k2] : [k, k2]);
    }
  }
  return out;
}

/** The base body with one field replaced by raw JSON text. */
function withField(base: unknown, path: string[], json: string): string {
  const copy = structuredClone(base) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = '\u0001MUTATED\u0001';
  return JSON.stringify(copy).replace(JSON.stringify('\u0001MUTATED\u0001'), json);
}

function withoutField(base: unknown, field: string): string {
  const copy = { ...(base as Record<string, unknown>) };
  delete copy[field];
  return JSON.stringify(copy);
}

/**
 * An id no row has: the corpus must never hit a real row by accident (a
 * `DELETE /api/tokens/1` with an unknown query parameter revoked its own admin token).
 */
const ABSENT_ID = '987654';

/** Fills a templated path: the named parameter gets `value`, the others a plausible one. */
function fill(route: Route, target?: string, value?: string): string {
  return route.template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    if (name === target) return value!;
    const param = route.params.find((p) => p.in === 'path' && p.name === name);
    const sample = sampleOf(param?.schema);
    return typeof sample === 'number' || /id$/i.test(name)
      ? ABSENT_ID
      : encodeURIComponent(String(sample));
  });
}

/**
 * The corpus for one route: every bad credential, whole body, parameter value
 * and field value, then a seeded sample of at most `perRoute` of them (the
 * cases issue 14 reported always kept), so a run is repeatable and bounded.
 */
export function corpusFor(route: Route, adminToken: string, perRoute: number): BadRequest[] {
  const key = `${route.method} ${route.template}`;
  const admin = { authorization: `Bearer ${adminToken}` };
  const all: BadRequest[] = [];
  const add = (
    label: string,
    path: string,
    headers: Record<string, string>,
    body?: string | Buffer,
  ) => all.push({ route: key, label, method: route.method, path, headers, body });
  const hasBody = route.method !== 'GET';
  const base = route.body ? sampleOf(route.body) : {};
  const plainPath = fill(route);

  for (const [label, headers] of BAD_CREDENTIALS) {
    const body = hasBody ? JSON.stringify(base) : undefined;
    const type: Record<string, string> = hasBody ? { 'content-type': 'application/json' } : {};
    add(`credentials: ${label}`, plainPath, { ...headers, ...type }, body);
  }
  for (const p of route.params.filter((p) => p.in === 'path')) {
    for (const [label, value] of PARAM_VALUES) {
      if (value === '') continue; // an empty segment is another route, not this parameter
      add(`path ${p.name}: ${label}`, fill(route, p.name, value), admin);
    }
    add(`path ${p.name}: raw traversal`, fill(route, p.name, '../../../../etc/passwd'), admin);
  }
  const queryParams = route.params.filter((p) => p.in === 'query');
  for (const p of queryParams) {
    for (const [label, value] of PARAM_VALUES) {
      add(`query ${p.name}: ${label}`, `${plainPath}?${p.name}=${value}`, admin);
    }
    add(`query ${p.name}: repeated`, `${plainPath}?${p.name}=1&${p.name}=2`, admin);
    add(`query ${p.name}: bracketed`, `${plainPath}?${p.name}[a][b]=1`, admin);
  }
  add('query: unknown parameter', `${plainPath}?unknownParameter=1`, admin);
  add('query: 3000-character name', `${plainPath}?${'q'.repeat(3000)}=1`, admin);
  if (hasBody) {
    for (const [label, type, body] of WHOLE_BODIES) {
      add(`body: ${label}`, plainPath, { ...admin, 'content-type': type }, body);
    }
    const json = { ...admin, 'content-type': 'application/json' };
    if (route.body?.properties) {
      add('body: unknown field', plainPath, json, JSON.stringify({ ...(base as object), zz: 1 }));
      for (const field of Object.keys(route.body.properties)) {
        add(`body ${field}: missing`, plainPath, json, withoutField(base, field));
      }
      const paths = fieldPaths(route.body);
      for (const path of paths) {
        for (const [label, value] of FIELD_VALUES) {
          add(`body ${path.join('.')}: ${label}`, plainPath, json, withField(base, path, value));
        }
      }
      // One field per route gets a million characters (the blacklist reason found it).
      const rnd = seeded(hash(key));
      const top = Object.keys(route.body.properties);
      const one = top[Math.floor(rnd() * top.length)];
      add(
        `body ${one}: 1,000,000 characters`,
        plainPath,
        json,
        withField(base, [one], JSON.stringify('y'.repeat(1_000_000))),
      );
    }
  }

  const always = all.filter((r) => ALWAYS.has(r.label.replace(/^[^:]+: /, '')));
  const rest = all.filter((r) => !always.includes(r));
  const rnd = seeded(hash(key) ^ 0x5eed);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return [...always, ...rest.slice(0, Math.max(0, perRoute - always.length))];
}
