import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { AuthLimitsService, setRetryAfter } from './auth-limits.service.js';
import { Authenticator } from './authenticator.service.js';
import { CONSOLE_HEADER, CONSOLE_HEADER_VALUE } from './console-header.js';
import { clientAddress } from './credentials.js';
import { CONSOLE_FORM_KEY, PUBLIC_KEY, ROLES_KEY } from '../common/access/decorators.js';
import type { AuthedRequest } from '../common/access/principal.js';
import type { Role } from '../common/access/roles.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSRF_MESSAGE = `Requests authenticated by the console session must send the header X-Requested-With: ${CONSOLE_HEADER_VALUE}`;

/**
 * Global guard: every route is private unless marked @Public(), and a private
 * route without @Roles() is reachable by admins only, so forgetting the
 * decorator fails closed. An address that keeps failing is refused with 429.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly limits: AuthLimitsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      if (this.reflector.getAllAndOverride<boolean>(CONSOLE_FORM_KEY, targets))
        assertConsoleHeader(req);
      return true;
    }
    const address = clientAddress(req);
    try {
      await this.limits.assertAddressAllowed(address);
    } catch (err) {
      setRetryAfter(ctx.switchToHttp().getResponse<Response>(), err);
      throw err;
    }
    const { offered, principal } = await this.authenticator.authenticate(req);
    if (!principal) {
      if (offered) await this.limits.recordFailure(address);
      throw new UnauthorizedException('A valid bearer token or console session is required');
    }
    req.principal = principal;
    if (principal.via?.kind === 'session') assertConsoleHeader(req);
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (principal.role !== 'admin' && !allowed.includes(principal.role)) {
      throw new ForbiddenException(`Role ${principal.role} may not do this`);
    }
    return true;
  }
}

/**
 * Cookie sessions make cross-site request forgery possible (SameSite=Strict
 * already stops it in current browsers; this is the second lock). A change
 * authenticated by the cookie, or a sign-in, must carry the console's header.
 * Bearer-token clients are unaffected: another site cannot make a browser send
 * an Authorization header.
 */
function assertConsoleHeader(req: AuthedRequest): void {
  if (SAFE_METHODS.has(req.method)) return;
  if (req.headers[CONSOLE_HEADER] !== CONSOLE_HEADER_VALUE)
    throw new ForbiddenException(CSRF_MESSAGE);
}
