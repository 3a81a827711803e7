import { ApiProperty } from '@nestjs/swagger';
import type { RedisState } from '../common/redis/redis-monitor.js';
import { ANY_OBJECT, NULLABLE_DATE_TIME, NULLABLE_STRING } from '../common/http/view-props.js';

export class FailedJobView {
  @ApiProperty({ type: String, description: 'BullMQ job id' }) id!: string | undefined;
  @ApiProperty() name!: string;
  @ApiProperty({ ...ANY_OBJECT, description: "The job's payload, as queued" }) data!: unknown;
  @ApiProperty() failedReason!: string;
  @ApiProperty() attemptsMade!: number;
  @ApiProperty(NULLABLE_DATE_TIME) failedAt!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, description: 'Stack of the last attempt' })
  stack!: string | null;
}

export class QueueOverview {
  @ApiProperty() name!: string;
  @ApiProperty({
    oneOf: [
      { type: 'object', additionalProperties: { type: 'integer' } },
      { type: 'string', enum: ['unavailable'] },
    ],
    description: 'Jobs per state (waiting, delayed, active, failed, completed)',
  })
  counts!: Record<string, number> | 'unavailable';
}

export class QueuesOverviewView {
  @ApiProperty({ enum: ['up', 'down'] }) redis!: RedisState;
  @ApiProperty({ type: [QueueOverview] }) queues!: QueueOverview[];
}

export class RetriedJobsView {
  @ApiProperty({ type: [String], description: 'Ids of the jobs sent back to the queue' })
  retried!: string[];
}
