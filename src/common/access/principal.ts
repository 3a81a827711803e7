import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from './roles.js';

export interface Principal {
  id: number;
  name: string;
  role: Role;
  agentCode: string | null;
  /** What authenticated this request: an API token or a console session (and which one). */
  via?: { kind: 'token' | 'session'; id: number };
}

export type AuthedRequest = Request & { principal?: Principal; requestId?: string };

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal | undefined =>
    ctx.switchToHttp().getRequest<AuthedRequest>().principal,
);
