import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { catchError, from, mergeMap, Observable } from 'rxjs';
import type { AuthedRequest } from '../access/principal.js';
import { errorStatus } from '../http/all-exceptions.filter.js';
import { maskPhonesInText } from '../logging/mask-phones.js';
import { AUDIT_KEY, type AuditMeta } from './audited.decorator.js';
import { AuditService } from './audit.service.js';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes one audit row for every state-changing request made by a signed-in
 * user, successful or refused, so the log shows attempts as well as changes.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    if (ctx.getType() !== 'http' || !CHANGES.has(req.method) || !req.principal)
      return next.handle();
    const meta = this.reflector.get<AuditMeta | undefined>(AUDIT_KEY, ctx.getHandler());
    const mask = (v: string | null) => (meta?.maskPhones && v ? maskPhonesInText(v) : v);
    const write = (statusCode: number, body: unknown) =>
      this.audit.record({
        actor: req.principal,
        action: meta?.action ?? `${req.method} ${req.route?.path ?? req.path}`,
        entity:
          meta?.entity ??
          ctx
            .getClass()
            .name.replace(/Controller$/, '')
            .toLowerCase(),
        entityId: mask(entityIdOf(body, req, meta)),
        requestId: String(req.id ?? ''),
        method: req.method,
        path: mask(req.originalUrl.split('?')[0]),
        statusCode,
      });
    // Awaited before the response goes out, so a client that sees success can find the row.
    return next.handle().pipe(
      mergeMap((body) => from(write(successStatus(ctx, req.method), body).then(() => body))),
      catchError((err) =>
        from(
          write(errorStatus(err), null).then(() => {
            throw err;
          }),
        ),
      ),
    );
  }
}

function entityIdOf(body: unknown, req: AuthedRequest, meta?: AuditMeta): string | null {
  if (body && typeof body === 'object') {
    const fields = body as Record<string, unknown>;
    if ('id' in fields) return String(fields.id);
    // The answer's own field (a normalised number) names the entity in one spelling.
    if (meta?.param && typeof fields[meta.param] === 'string') return fields[meta.param] as string;
  }
  const params = req.params ?? {};
  const key =
    meta?.param ?? ['id', 'code', 'phone', 'version'].find((k) => params[k] !== undefined);
  return key && params[key] !== undefined ? String(params[key]) : null;
}

/** Nest applies the route's status after interceptors run, so derive it the same way. */
function successStatus(ctx: ExecutionContext, method: string): number {
  const res = ctx.switchToHttp().getResponse<{ statusCode: number }>();
  if (res.statusCode !== HttpStatus.OK) return res.statusCode;
  const declared = Reflect.getMetadata(HTTP_CODE_METADATA, ctx.getHandler()) as number | undefined;
  return declared ?? (method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
}
