import type { Request } from 'express';

/** The console's cookie: a random session id (src/auth/sessions), never an API token. */
export const SESSION_COOKIE = 'qa_session';

/** A well-formed `Authorization: Bearer …` header's token; the guard prefers it to the cookie. */
export function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** The session cookie's value; a malformed one counts as absent and never throws. */
export function readSessionCookie(req: Request): string | undefined {
  const cookie = req.headers.cookie;
  const match = cookie ? /(?:^|;\s*)qa_session=([^;]+)/.exec(cookie) : null;
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** The client address as Express derives it under TRUST_PROXY. */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
