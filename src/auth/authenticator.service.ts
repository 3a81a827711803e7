import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { bearerToken, readSessionCookie } from './credentials.js';
import type { Principal } from '../common/access/principal.js';
import { SessionsService } from './sessions/sessions.service.js';
import { TokensService } from './tokens/tokens.service.js';
import { UsersService } from './users.service.js';

export interface Authentication {
  /** Whether the request offered a credential at all (a failure counts only then). */
  offered: boolean;
  principal: Principal | null;
}

/** Bearer API token first (machine clients), else the console's session cookie. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokensService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
  ) {}

  async authenticate(req: Request): Promise<Authentication> {
    const token = bearerToken(req);
    if (token) {
      const row = await this.tokens.use(token);
      const p = row && (await this.users.principal(row.userId));
      return { offered: true, principal: p ? { ...p, via: { kind: 'token', id: row.id } } : null };
    }
    const cookie = readSessionCookie(req);
    if (cookie !== undefined || req.headers.cookie?.includes('qa_session=')) {
      const row = cookie ? await this.sessions.use(cookie) : null;
      const p = row && (await this.users.principal(row.userId));
      return {
        offered: true,
        principal: p ? { ...p, via: { kind: 'session', id: row.id } } : null,
      };
    }
    return { offered: !!req.headers.authorization, principal: null };
  }
}
