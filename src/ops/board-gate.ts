import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AuthLimitsService, setRetryAfter } from '../auth/auth-limits.service.js';
import { Authenticator } from '../auth/authenticator.service.js';
import { clientAddress } from '../auth/credentials.js';
import type { AuthedRequest, Principal } from '../common/access/principal.js';
import { AuditService } from '../common/audit/audit.service.js';
import { DomainError, ForbiddenError } from '../common/errors.js';
import { wantsPage, type ErrorPageSender } from '../common/http/all-exceptions.filter.js';
import { errorBody } from '../common/http/error-body.js';
import { RedisMonitor } from '../common/redis/redis-monitor.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Bull Board is Express middleware, so the global AuthGuard and the audit
 * interceptor never see its routes: this gate does their work for it. Admins
 * only (bearer token or console session, with the same failure counting per
 * address); refusals are the one JSON error body. Bull Board's own page cannot
 * send the console's X-Requested-With header, so a change made with the
 * session cookie (already SameSite=Strict) must come from the same origin as
 * the browser reports it (Sec-Fetch-Site). Every change (retry, clean,
 * promote, remove…) is written to the audit log once answered.
 */
export function boardGate(
  authenticator: Authenticator,
  limits: AuthLimitsService,
  audit: AuditService,
  redis: RedisMonitor,
  sendErrorPage: ErrorPageSender,
): RequestHandler {
  const logger = new Logger('QueueBoard');
  return (req: Request, res: Response, next: NextFunction) => {
    admit(req, authenticator, limits, redis).then(
      (principal) => {
        (req as AuthedRequest).principal = principal;
        if (!SAFE_METHODS.has(req.method)) auditWhenAnswered(req, res, principal, audit, logger);
        next();
      },
      (err: unknown) => {
        setRetryAfter(res, err);
        if (wantsPage(req)) return sendErrorPage(err, req, res);
        const { body, unexpected } = errorBody(err, (req as { id?: unknown }).id?.toString());
        if (unexpected) logger.error({ err }, 'Queue board gate failed');
        res.status(body.statusCode).json(body);
      },
    );
  };
}

async function admit(
  req: Request,
  authenticator: Authenticator,
  limits: AuthLimitsService,
  redis: RedisMonitor,
): Promise<Principal> {
  const address = clientAddress(req);
  await limits.assertAddressAllowed(address);
  const { offered, principal } = await authenticator.authenticate(req);
  if (!principal) {
    if (offered) await limits.recordFailure(address);
    throw new DomainError(
      'unauthorized',
      'UNAUTHORIZED',
      'A valid bearer token or console session is required',
    );
  }
  if (principal.role !== 'admin')
    throw new ForbiddenError(`Role ${principal.role} may not do this`);
  const crossSite = req.headers['sec-fetch-site'] !== 'same-origin';
  if (!SAFE_METHODS.has(req.method) && principal.via?.kind === 'session' && crossSite)
    throw new ForbiddenError(
      'Queue board changes with the console session must come from its own page',
    );
  // Its JSON API would wait on Redis for as long as it is away: answer now instead.
  if (redis.state !== 'up' && req.path.includes('/api/'))
    throw new DomainError('unavailable', 'REDIS_UNAVAILABLE', 'Redis is down');
  return principal;
}

function auditWhenAnswered(
  req: Request,
  res: Response,
  actor: Principal,
  audit: AuditService,
  logger: Logger,
): void {
  const path = req.originalUrl.split('?')[0];
  // …/api/queues/<queue>/… names the queue every action is about.
  const queue = /\/api\/queues\/([^/]+)/.exec(path)?.[1];
  res.on('finish', () => {
    audit
      .record({
        actor,
        action: 'queue.board_action',
        entity: 'queue',
        entityId: queue ? decodeURIComponent(queue) : null,
        requestId: String((req as { id?: unknown }).id ?? ''),
        method: req.method,
        path,
        statusCode: res.statusCode,
      })
      .catch((err: unknown) => logger.error({ err }, 'Could not audit a queue board action'));
  });
}
