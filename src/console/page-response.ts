import type { Response } from 'express';

/**
 * Console pages are never cached, since they carry the signed-in user's name.
 * Their content security policy and the other security headers come from
 * helmet for every response (src/common/http/security-headers.ts).
 */
export function setPageHeaders(res: Response): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
}
