import type { CookieOptions, Request } from 'express';

/** The cookie the global guard reads (src/auth/auth.guard.ts); it holds the API token itself. */
export const SESSION_COOKIE = 'qa_session';

/**
 * Cookie-authenticated changes must carry this header. A cross-site form or
 * image cannot set a custom header, and a cross-site fetch that sets one needs
 * a CORS preflight the service never grants: so the header proves the request
 * came from the console's own scripts.
 */
export const CONSOLE_HEADER = 'x-requested-with';
export const CONSOLE_HEADER_VALUE = 'qa-console';

/** A working day plus overtime: sign in once per shift. */
const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;

export function sessionCookieOptions(req: Request): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    // Behind an https proxy (trust proxy is set in bootstrap) the cookie never travels in clear.
    secure: req.secure,
    path: '/',
    maxAge: SESSION_MAX_AGE_MS,
  };
}

export function clearedCookieOptions(req: Request): CookieOptions {
  const { maxAge: _unused, ...rest } = sessionCookieOptions(req);
  return rest;
}

/** Same parsing as the guard's, for the public sign-in page. */
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

/** The guard uses a well-formed bearer header in preference to the cookie. */
export function hasBearer(req: Request): boolean {
  const header = req.headers.authorization;
  return !!header && /^Bearer\s+(\S+)$/i.test(header);
}

/**
 * Where to go after signing in: only our own pages, never another site
 * ("//evil.example" or "/\evil.example" would leave it).
 */
export function safeNext(next: unknown): string | null {
  if (typeof next !== 'string' || next.length > 500) return null;
  if (!/^\/(console|reports)(\/|\?|$)/.test(next)) return null;
  if (/[\\\s]/.test(next)) return null;
  return next;
}
