import { ForbiddenException, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import {
  CONSOLE_HEADER,
  CONSOLE_HEADER_VALUE,
  hasBearer,
  readSessionCookie,
} from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie sessions make cross-site request forgery possible (SameSite=Strict
 * already stops it in current browsers; this is the second lock). A change
 * that would be authenticated by the cookie must carry the console's header.
 * Bearer-token clients are unaffected: a page on another site cannot make the
 * browser send an Authorization header, and the guard prefers it to the cookie.
 * Signing in needs the header too, so no other site can sign a browser in.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    next(csrfViolation(req) ? new ForbiddenException(csrfMessage) : undefined);
  }
}

const csrfMessage = `Requests authenticated by the console session must send the header X-Requested-With: ${CONSOLE_HEADER_VALUE}`;

export function csrfViolation(req: Request): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  if (req.headers[CONSOLE_HEADER] === CONSOLE_HEADER_VALUE) return false;
  const path = req.originalUrl.split('?')[0];
  if (path === '/console/session') return true;
  return !hasBearer(req) && readSessionCookie(req) !== undefined;
}
