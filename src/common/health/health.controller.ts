import { Controller, Get } from '@nestjs/common';
import { DomainError } from '../errors.js';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
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
    const { database } = await this.db.check('database', 2_000);
    if (database.status === 'down') {
      throw new DomainError(
        'unavailable',
        'DATABASE_UNAVAILABLE',
        `database: ${String(database.message)} (redis ${this.redis.state})`,
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
