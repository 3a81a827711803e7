import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { RequestHandler } from 'express';
import { AuthLimitsService } from '../auth/auth-limits.service.js';
import { Authenticator } from '../auth/authenticator.service.js';
import { AuditService } from '../common/audit/audit.service.js';
import type { ErrorPageSender } from '../common/http/all-exceptions.filter.js';
import { QueueRegistry } from '../common/redis/queue-registry.js';
import { RedisMonitor } from '../common/redis/redis-monitor.js';
import { boardGate } from './board-gate.js';

/** Where Bull Board is served (its page, static files and its own JSON API below it). */
export const BOARD_ROUTE = '/admin/queues';

/** The console's error page, given by whoever imports OpsModule (see OpsModule.register). */
export const ERROR_PAGE = Symbol('ERROR_PAGE');

/**
 * Bull Board (job details, retry, clean, promote) with its Express adapter,
 * mounted by OpsModule behind boardGate. @bull-board/nestjs does the same few
 * lines, but it is CommonJS requiring the ES-module @nestjs/common, which
 * Jest's ESM loader refuses as a require cycle: so the board is wired here.
 */
@Injectable()
export class QueueBoard implements OnApplicationBootstrap {
  private readonly server = new ExpressAdapter().setBasePath(BOARD_ROUTE);
  private readonly board = createBullBoard({
    queues: [],
    serverAdapter: this.server,
    options: { uiConfig: { boardTitle: 'Queues' } },
  });

  constructor(
    private readonly registry: QueueRegistry,
    private readonly authenticator: Authenticator,
    private readonly limits: AuthLimitsService,
    private readonly audit: AuditService,
    private readonly redis: RedisMonitor,
    @Inject(ERROR_PAGE) private readonly errorPage: ErrorPageSender,
  ) {}

  /** The gate, then the board's router. */
  handlers(): RequestHandler[] {
    const gate = boardGate(this.authenticator, this.limits, this.audit, this.redis, this.errorPage);
    return [gate, this.server.getRouter() as RequestHandler];
  }

  /** Queues are registered by the modules that own them; the board shows every one. */
  onApplicationBootstrap(): void {
    this.board.setQueues(this.registry.all().map((queue) => new BullMQAdapter(queue)));
  }
}
