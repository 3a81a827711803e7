import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from './roles.js';

export interface Principal {
  id: number;
  name: string;
  role: Role;
  agentCode: string | null;
}

export type AuthedRequest = Request & { principal?: Principal; requestId?: string };

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal | undefined =>
    ctx.switchToHttp().getRequest<AuthedRequest>().principal,
);
