import type { CookieOptions, Request } from 'express';

export { SESSION_COOKIE } from '../auth/credentials.js';

/**
 * `Secure` whenever the request came over HTTPS: directly, or through a proxy
 * trusted by TRUST_PROXY that says so in X-Forwarded-Proto (Express's req.secure).
 */
export function sessionCookieOptions(req: Request, maxAgeMs: number): CookieOptions {
  return { ...clearedCookieOptions(req), maxAge: maxAgeMs };
}

export function clearedCookieOptions(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' };
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
