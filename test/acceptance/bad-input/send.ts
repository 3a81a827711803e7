import { Agent, request } from 'node:http';
import type { BadRequest } from './corpus.js';

export interface Answer {
  status: number;
  body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/**
 * Sends the request target exactly as written (fetch's URL parser would resolve
 * `..` and re-encode what the corpus means to send raw).
 */
export function send(base: string, r: BadRequest): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: r.method,
        path: r.path,
        headers: {
          ...r.headers,
          ...(r.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(r.body)) }),
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timed out: ${r.method} ${r.label}`)));
    // A server that refuses a body early may close before it is all written: that is an answer.
    req.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EPIPE' || err.code === 'ECONNRESET'
        ? resolve({ status: 0, body: `connection closed: ${err.code}` })
        : reject(err),
    );
    req.end(r.body);
  });
}

export function closeAgent(): void {
  agent.destroy();
}
