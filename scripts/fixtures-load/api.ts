import { readFile } from 'node:fs/promises';

export class FatalError extends Error {}

export interface Reply {
  status: number;
  body: unknown;
  bytes: Uint8Array;
}

export class Api {
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

export function parseJson(bytes: Uint8Array): unknown {
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function describe(err: unknown): string {
  return err instanceof Error
    ? err.cause instanceof Error
      ? err.cause.message
      : err.message
    : String(err);
}

export function failure(what: string, reply: Reply): string {
  const body = reply.body as { message?: unknown } | string;
  const message = typeof body === 'object' && body && 'message' in body ? body.message : body;
  return `${what}: HTTP ${reply.status} ${JSON.stringify(message)}`;
}

export async function readJson<T>(file: string): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (err) {
    throw new FatalError(`cannot read ${file}: ${describe(err)}`);
  }
}

export function listOf(reply: Reply): Array<Record<string, unknown>> {
  const body = reply.body;
  if (Array.isArray(body)) return body as Array<Record<string, unknown>>;
  // Tolerate a paginated envelope ({items: [...]}) should the list routes grow one.
  const items = (body as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? (items as Array<Record<string, unknown>>) : [];
}

export function log(line: string): void {
  process.stdout.write(line + '\n');
}
