/**
 * Loads recordings-fixtures/ into a RUNNING service over HTTP, then compares the
 * checker's verdict on every call with the fixture's hand-made `expected` labels.
 *
 *   npm run fixtures:load
 *   API_URL        base URL of the service (default http://127.0.0.1:3000)
 *   API_TOKEN      admin bearer token (falls back to ADMIN_API_TOKEN)
 *   FIXTURES_DIR   fixtures folder (default ./recordings-fixtures from the current directory)
 *
 * Re-running changes nothing: the catalogue is read first and only what is missing
 * is created or approved (the audit log records refused attempts too, so we avoid
 * making them), calls are idempotent by externalId on the server, and a recording is
 * uploaded only when the service does not already return the same bytes (a different
 * one already stored is reported: the service never replaces a recording).
 *
 * Exit code: 0 when every fixture's `valid` agrees; 1 when one disagrees or a call
 * could not be loaded; 2 when loading could not start (no token, service
 * unreachable, unreadable fixtures).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const RULES = ['identity', 'comprehension', 'script', 'consent'] as const;
type RuleName = (typeof RULES)[number];
type RuleResult = 'pass' | 'fail' | 'unknown';

interface Expected extends Record<RuleName, RuleResult> {
  valid: boolean;
  status?: string;
  scriptMissing?: string[];
  note?: string;
}

interface CallFixture {
  externalId: string;
  recordingFile?: string;
  expected: Expected;
  [field: string]: unknown;
}

interface ScriptFixture {
  version: string;
  purpose: 'marketing' | 'confirmation';
  text: string;
  /** false = load as a draft only; calls on such a version must fail the script standard. */
  approved?: boolean;
}

interface ProductFixture {
  code: string;
  name: string;
  monthlyFeeCents: number;
  trialDays: number | null;
  cancelMethod: string;
  scripts: ScriptFixture[];
}

interface Catalogue {
  agents: Array<{ code: string; name: string; team?: string }>;
  products: ProductFixture[];
}

interface Compliance {
  valid: boolean;
  status: string;
  rules: Record<RuleName, { result: RuleResult; missing?: string[] }>;
}

interface Outcome {
  fixture: CallFixture;
  compliance?: Compliance;
  error?: string;
}

class FatalError extends Error {}

interface Reply {
  status: number;
  body: unknown;
  bytes: Uint8Array;
}

class Api {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  json(method: string, route: string, body?: unknown): Promise<Reply> {
    return this.send(method, route, body === undefined ? undefined : JSON.stringify(body), {
      'content-type': 'application/json',
    });
  }

  raw(method: string, route: string, body: Uint8Array, contentType: string): Promise<Reply> {
    return this.send(method, route, body, { 'content-type': contentType });
  }

  private async send(
    method: string,
    route: string,
    body: string | Uint8Array | undefined,
    headers: Record<string, string>,
  ): Promise<Reply> {
    let res: Response;
    try {
      res = await fetch(this.baseUrl + route, {
        method,
        body,
        headers: { ...headers, authorization: `Bearer ${this.token}` },
        signal: AbortSignal.timeout(30_000),
      });
    } catch (err) {
      throw new FatalError(`${method} ${route}: cannot reach ${this.baseUrl} (${describe(err)})`);
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A bad token would fail every request the same way; stop at the first one.
    if (res.status === 401 || res.status === 403) {
      throw new FatalError(`${method} ${route}: ${res.status}; is the token an admin token?`);
    }
    return { status: res.status, body: parseJson(bytes), bytes };
  }
}

function parseJson(bytes: Uint8Array): unknown {
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(err: unknown): string {
  return err instanceof Error
    ? err.cause instanceof Error
      ? err.cause.message
      : err.message
    : String(err);
}

function failure(what: string, reply: Reply): string {
  const body = reply.body as { message?: unknown } | string;
  const message = typeof body === 'object' && body && 'message' in body ? body.message : body;
  return `${what}: HTTP ${reply.status} ${JSON.stringify(message)}`;
}

async function readJson<T>(file: string): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (err) {
    throw new FatalError(`cannot read ${file}: ${describe(err)}`);
  }
}

async function loadCallFixtures(dir: string): Promise<CallFixture[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const fixtures: CallFixture[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const fixture = await readJson<CallFixture>(path.join(dir, name));
    const e = fixture.expected;
    if (!fixture.externalId || !e || typeof e.valid !== 'boolean' || RULES.some((r) => !e[r])) {
      throw new FatalError(`${name}: needs externalId and expected {${RULES.join(', ')}, valid}`);
    }
    if (seen.has(fixture.externalId)) throw new FatalError(`${name}: duplicate externalId`);
    seen.add(fixture.externalId);
    fixtures.push(fixture);
  }
  return fixtures;
}

async function loadAgents(api: Api, catalogue: Catalogue): Promise<void> {
  const existing = await api.json('GET', '/api/agents');
  if (existing.status !== 200) throw new FatalError(failure('GET /api/agents', existing));
  const known = new Set(listOf(existing).map((a) => String(a.code)));
  let created = 0;
  for (const agent of catalogue.agents) {
    if (known.has(agent.code)) continue;
    const reply = await api.json('POST', '/api/agents', agent);
    if (reply.status === 201) created++;
    // 409: created concurrently since we listed; the goal state holds either way.
    else if (reply.status !== 409) throw new FatalError(failure(`agent ${agent.code}`, reply));
  }
  log(`agents: ${created} created, ${catalogue.agents.length - created} already there`);
}

async function loadProducts(api: Api, catalogue: Catalogue): Promise<void> {
  const listed = await api.json('GET', '/api/products');
  if (listed.status !== 200) throw new FatalError(failure('GET /api/products', listed));
  const existing = new Map(listOf(listed).map((p) => [p.code, p]));
  let created = 0;
  for (const { scripts: _scripts, ...product } of catalogue.products) {
    const stored = existing.get(product.code);
    if (stored) {
      // The labels assume the fixture's fee, trial and cancel method; say so if they differ.
      for (const key of ['monthlyFeeCents', 'trialDays', 'cancelMethod'] as const) {
        if (stored[key] !== product[key]) {
          log(
            `  warning: product ${product.code} ${key} is ${JSON.stringify(stored[key])} on the server, ${JSON.stringify(product[key])} in the fixtures`,
          );
        }
      }
      continue;
    }
    const reply = await api.json('POST', '/api/products', product);
    if (reply.status === 201) created++;
    else if (reply.status !== 409) throw new FatalError(failure(`product ${product.code}`, reply));
  }
  log(`products: ${created} created, ${catalogue.products.length - created} already there`);
}

async function loadScripts(api: Api, catalogue: Catalogue): Promise<void> {
  const counts = { created: 0, existing: 0, approved: 0, alreadyApproved: 0, drafts: 0 };
  for (const product of catalogue.products) {
    const route = `/api/products/${encodeURIComponent(product.code)}/scripts`;
    const listed = await api.json('GET', route);
    if (listed.status !== 200) throw new FatalError(failure(`scripts of ${product.code}`, listed));
    const stored = new Map(listOf(listed).map((s) => [String(s.version), s]));
    for (const script of product.scripts) {
      const label = `${product.code} ${script.version}`;
      let status = stored.get(script.version)?.status as string | undefined;
      if (status === undefined) {
        const { approved: _approved, ...body } = script;
        const reply = await api.json('POST', route, body);
        if (reply.status === 201) {
          counts.created++;
          status = 'draft';
        } else if (reply.status === 409) {
          counts.existing++;
        } else {
          throw new FatalError(failure(`script ${label}`, reply));
        }
      } else {
        counts.existing++;
        if (stored.get(script.version)?.text !== script.text) {
          log(`  warning: script ${label} on the server differs from the fixture text`);
        }
      }
      if (script.approved === false) {
        counts.drafts++;
        continue;
      }
      if (status === 'approved' || status === 'superseded') {
        counts.alreadyApproved++;
        continue;
      }
      const reply = await api.json(
        'POST',
        `${route}/${encodeURIComponent(script.version)}/approve`,
      );
      if (reply.status === 200 || reply.status === 201) counts.approved++;
      // 409 = superseded by a later approval: it was approved once, which is what counts.
      else if (reply.status === 409) counts.alreadyApproved++;
      else throw new FatalError(failure(`approve ${label}`, reply));
    }
  }
  log(
    `scripts: ${counts.created} created, ${counts.existing} already there; ` +
      `${counts.approved} approved now, ${counts.alreadyApproved} already approved, ${counts.drafts} kept as draft`,
  );
}

async function uploadRecording(
  api: Api,
  audioDir: string,
  callId: string,
  recordingFile: string,
): Promise<'uploaded' | 'unchanged'> {
  const local = new Uint8Array(await readFile(path.join(audioDir, recordingFile)));
  const route = `/api/calls/${encodeURIComponent(callId)}/recording`;
  // Compare the bytes, not only the length: an edited WAV is sent, and the service
  // refuses it (409) since a stored recording is evidence and is never replaced.
  const current = await api.json('GET', route);
  if (current.status === 200 && Buffer.from(current.bytes).equals(Buffer.from(local))) {
    return 'unchanged';
  }
  const reply = await api.raw('PUT', route, local, 'audio/wav');
  if (reply.status < 200 || reply.status > 299) throw new Error(failure(`PUT ${route}`, reply));
  return 'uploaded';
}

async function loadCalls(api: Api, fixtures: CallFixture[], audioDir: string): Promise<Outcome[]> {
  const counts = { created: 0, unchanged: 0, conflict: 0, failed: 0 };
  const audio = { uploaded: 0, unchanged: 0, failed: 0 };
  const outcomes: Outcome[] = [];
  for (const fixture of fixtures) {
    const { expected: _expected, ...body } = fixture;
    const reply = await api.json('POST', '/api/calls', body);
    const outcome = await callOutcome(api, fixture, reply, counts);
    outcomes.push(outcome);
    const callId = (reply.body as { id?: unknown } | null)?.id;
    if (fixture.recordingFile && !outcome.error && callId !== undefined) {
      try {
        audio[await uploadRecording(api, audioDir, String(callId), fixture.recordingFile)]++;
      } catch (err) {
        if (err instanceof FatalError) throw err;
        audio.failed++;
        outcome.error = `recording: ${describe(err)}`;
      }
    }
  }
  log(
    `calls: ${counts.created} created, ${counts.unchanged} unchanged, ` +
      `${counts.conflict} conflicting (409), ${counts.failed} failed`,
  );
  log(
    `recordings: ${audio.uploaded} uploaded, ${audio.unchanged} already there, ${audio.failed} failed`,
  );
  return outcomes;
}

async function callOutcome(
  api: Api,
  fixture: CallFixture,
  reply: Reply,
  counts: Record<'created' | 'unchanged' | 'conflict' | 'failed', number>,
): Promise<Outcome> {
  if (reply.status === 409) {
    counts.conflict++;
    return { fixture, error: 'already stored with different content (409); compare by hand' };
  }
  if (reply.status !== 201 && reply.status !== 200) {
    counts.failed++;
    return { fixture, error: failure('POST /api/calls', reply) };
  }
  counts[reply.status === 201 ? 'created' : 'unchanged']++;
  const call = reply.body as { id?: unknown; compliance?: Compliance };
  let compliance = call.compliance;
  // The contract guarantees `compliance` on GET; fall back to it if POST omits it.
  if (!compliance && call.id !== undefined) {
    const fetched = await api.json('GET', `/api/calls/${encodeURIComponent(String(call.id))}`);
    compliance = (fetched.body as { compliance?: Compliance } | null)?.compliance;
  }
  return compliance ? { fixture, compliance } : { fixture, error: 'no compliance in the response' };
}

const SHORT: Record<string, string> = { pass: 'p', fail: 'f', unknown: 'u' };

function report(outcomes: Outcome[]): boolean {
  const header = [
    'call',
    'product',
    'expected I C S K',
    'got I C S K',
    'valid exp/got',
    'status',
    'notes',
  ];
  const rows: string[][] = [];
  let validAgree = 0;
  let ruleAgree = 0;
  let ruleTotal = 0;
  for (const { fixture, compliance, error } of outcomes) {
    const e = fixture.expected;
    const expected = RULES.map((r) => SHORT[e[r]] ?? e[r]).join(' ');
    if (!compliance) {
      rows.push([
        fixture.externalId,
        String(fixture.productCode),
        expected,
        '-',
        `${yesNo(e.valid)}/-`,
        '-',
        `ERROR ${error}`,
      ]);
      continue;
    }
    const got = RULES.map((r) => {
      const result = compliance.rules?.[r]?.result;
      ruleTotal++;
      if (result === e[r]) ruleAgree++;
      // Upper case marks a verdict that differs from the label, so the eye finds it.
      const short = SHORT[result] ?? String(result);
      return result === e[r] ? short : short.toUpperCase();
    }).join(' ');
    const notes: string[] = [];
    const validOk = compliance.valid === e.valid;
    if (validOk) validAgree++;
    else notes.push('VALID MISMATCH');
    if (e.status && compliance.status !== e.status) notes.push(`status expected ${e.status}`);
    const gotMissing = [...(compliance.rules?.script?.missing ?? [])].sort().join(',');
    const expMissing = [...(e.scriptMissing ?? [])].sort().join(',');
    if (e.scriptMissing && e.script === 'fail' && gotMissing !== expMissing) {
      notes.push(`missing expected [${expMissing}] got [${gotMissing}]`);
    }
    if (error) notes.push(error);
    rows.push([
      fixture.externalId,
      String(fixture.productCode),
      expected,
      got,
      `${yesNo(e.valid)}/${yesNo(compliance.valid)}`,
      String(compliance.status),
      notes.join('; '),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  log('');
  log(line(header));
  log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) log(line(row));
  log('');
  log(
    `I C S K = identity comprehension script consent; p pass, f fail, u unknown; upper case = differs from expected`,
  );
  log(
    `valid agrees on ${validAgree}/${outcomes.length} calls; rule verdicts agree ${ruleAgree}/${ruleTotal}`,
  );
  return validAgree === outcomes.length && outcomes.every((o) => !o.error);
}

function yesNo(v: boolean): string {
  return v ? 'yes' : 'no';
}

function listOf(reply: Reply): Array<Record<string, unknown>> {
  const body = reply.body;
  if (Array.isArray(body)) return body as Array<Record<string, unknown>>;
  // Tolerate a paginated envelope ({items: [...]}) should the list routes grow one.
  const items = (body as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? (items as Array<Record<string, unknown>>) : [];
}

function log(line: string): void {
  process.stdout.write(line + '\n');
}

async function main(): Promise<number> {
  const baseUrl = (process.env.API_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
  const token = process.env.API_TOKEN ?? process.env.ADMIN_API_TOKEN;
  const fixturesDir = path.resolve(
    process.env.FIXTURES_DIR ?? path.join(process.cwd(), 'recordings-fixtures'),
  );
  if (!token) throw new FatalError('set API_TOKEN (or ADMIN_API_TOKEN) to an admin bearer token');

  const catalogue = await readJson<Catalogue>(path.join(fixturesDir, 'catalogue.json'));
  const fixtures = await loadCallFixtures(path.join(fixturesDir, 'calls'));
  log(
    `fixtures: ${catalogue.agents.length} agents, ${catalogue.products.length} products, ${fixtures.length} calls from ${fixturesDir}`,
  );

  const api = new Api(baseUrl, token);
  await loadAgents(api, catalogue);
  await loadProducts(api, catalogue);
  await loadScripts(api, catalogue);
  const outcomes = await loadCalls(api, fixtures, path.join(fixturesDir, 'audio'));
  return report(outcomes) ? 0 : 1;
}

// `| head` closes stdout early; that is not a loading failure worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

try {
  process.exitCode = await main();
} catch (err) {
  if (!(err instanceof FatalError)) throw err;
  process.stderr.write(`fixtures:load: ${err.message}\n`);
  process.exitCode = 2;
}
