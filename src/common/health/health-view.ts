import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { QueueDepth } from '../redis/queue-registry.js';
import type { RedisState } from '../redis/redis-monitor.js';

export class QueueDepthView implements QueueDepth {
  @ApiProperty() waiting!: number;
  @ApiProperty() delayed!: number;
  @ApiProperty() active!: number;
  @ApiProperty() failed!: number;
}

/** Added by the trials module (src/trials/integration/trials-health.ts). */
export class OverdueStepView {
  @ApiProperty() trialId!: number;
  @ApiProperty({ enum: [1, 2] }) step!: number;
  @ApiProperty() attempt!: number;
  @ApiProperty() status!: string;
  @ApiProperty({ format: 'date-time', description: 'Centre-local time with offset' })
  dueAt!: string;
  @ApiProperty() overdueSeconds!: number;
}

/** GET /api/health (contract: `{status, database, redis, queues}`); modules add their facts. */
@ApiExtraModels(QueueDepthView)
export class HealthView {
  @ApiProperty({ enum: ['ok', 'degraded'], description: 'degraded: Redis is down' })
  status!: 'ok' | 'degraded';
  @ApiProperty({ enum: ['up'] }) database!: 'up';
  @ApiProperty({ enum: ['up', 'down'] }) redis!: RedisState;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      oneOf: [{ $ref: getSchemaPath(QueueDepthView) }, { type: 'string', enum: ['unavailable'] }],
    },
    description: 'Jobs per state by queue name; empty while Redis is down',
  })
  queues!: Record<string, QueueDepth | 'unavailable'>;
  @ApiPropertyOptional({
    type: OverdueStepView,
    nullable: true,
    description: 'The oldest confirmation step past its due time whose job has not fired',
  })
  oldestOverdueStep?: OverdueStepView | null;
  @ApiPropertyOptional({ description: 'Confirmation steps waiting for their call' })
  confirmationsCalling?: number;
}
