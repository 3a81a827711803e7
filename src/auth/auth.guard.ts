import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from './decorators.js';
import type { AuthedRequest } from './principal.js';
import type { Role } from './roles.js';
import { UsersService } from './users.service.js';

/**
 * Global guard: every route is private unless marked @Public(), and a private
 * route without @Roles() is reachable by admins only, so forgetting the
 * decorator fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const principal = await this.users.authenticate(bearerToken(req) ?? sessionToken(req));
    if (!principal) throw new UnauthorizedException('A valid bearer token is required');
    req.principal = principal;
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (principal.role !== 'admin' && !allowed.includes(principal.role)) {
      throw new ForbiddenException(`Role ${principal.role} may not do this`);
    }
    return true;
  }
}

function bearerToken(req: AuthedRequest): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** The web console keeps the token in an httpOnly cookie instead of a header. */
function sessionToken(req: AuthedRequest): string | undefined {
  const cookie = req.headers.cookie;
  const match = cookie ? /(?:^|;\s*)qa_session=([^;]+)/.exec(cookie) : null;
  return match ? decodeURIComponent(match[1]) : undefined;
}
