import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { map, Observable } from 'rxjs';
import type { AuthedRequest } from './principal.js';
import { phonesForViewer } from './phone-visibility.js';

export const FULL_PHONES_KEY = 'fullPhones';

/**
 * The route returns full numbers on purpose, whoever asks (the audited reveal),
 * so the masking step leaves its body alone. Every use is a reviewed exception.
 */
export const ShowsFullPhones = () => SetMetadata(FULL_PHONES_KEY, true);

/**
 * The one place JSON bodies meet the visibility table: every `phone` field of
 * every response is masked for a role that does not see full numbers, so a new
 * list or view cannot forget it. Streams and pages written to the response
 * directly (CSV exports) go through `csvSinkFor` instead.
 */
@Injectable()
export class PhoneVisibilityInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const principal = ctx.switchToHttp().getRequest<AuthedRequest>().principal;
    if (!principal || this.reflector.get<boolean>(FULL_PHONES_KEY, ctx.getHandler()))
      return next.handle();
    return next.handle().pipe(map((body: unknown) => phonesForViewer(principal.role, body)));
  }
}
