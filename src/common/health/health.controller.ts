import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { DomainError } from '../errors.js';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { HealthCheckService } from '@nestjs/terminus';
import { Public } from '../access/decorators.js';
import { ErrorView } from '../http/error-view.js';
import { DatabasePing } from './database-ping.js';
import { HealthExtras } from './health-extras.js';
import { HealthView } from './health-view.js';
import { RedisMonitor } from '../redis/redis-monitor.js';
import { QueueRegistry } from '../redis/queue-registry.js';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: DatabasePing,
    private readonly redis: RedisMonitor,
    private readonly queues: QueueRegistry,
    private readonly extras: HealthExtras,
  ) {}

  /** 200 while the database answers (Redis down is "degraded", not down); 503 otherwise. */
  @ApiOperation({ summary: 'Health of database and Redis' })
  @Get()
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ type: ErrorView, description: 'The database does not answer' })
  @Public()
  async check(): Promise<HealthView> {
    try {
      await this.health.check([() => this.db.check('database', 2_000)]);
    } catch (err) {
      throw new DomainError(
        'unavailable',
        'DATABASE_UNAVAILABLE',
        `database: ${downReason(err)} (redis ${this.redis.state})`,
      );
    }
    const redis = this.redis.state;
    return {
      status: redis === 'up' ? 'ok' : 'degraded',
      database: 'up',
      redis,
      queues: redis === 'up' ? await this.queues.depths(1_000) : {},
      ...(await this.extras.collect()),
    };
  }
}

/** Terminus reports a failed check as a 503 whose body names each indicator's message. */
function downReason(err: unknown): string {
  if (err instanceof ServiceUnavailableException) {
    const body = err.getResponse() as { error?: { database?: { message?: string } } };
    const message = body.error?.database?.message;
    if (message) return message;
  }
  return 'does not answer';
}
