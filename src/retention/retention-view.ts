import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, NULLABLE_NUMBER, NULLABLE_STRING } from '../common/http/view-props.js';
import { DATA_CLASSES } from './domain/data-classes.js';
import type { PolicyFact } from './retention-policies.service.js';

export class RetentionPolicyView {
  @ApiProperty({ enum: DATA_CLASSES }) dataClass!: string;
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Days kept; null: kept while held' })
  keepDays!: number | null;
  @ApiProperty({ description: 'The shortest keep the law allows' }) legalMinimumDays!: number;
  @ApiProperty(NULLABLE_NUMBER) defaultDays!: number | null;
  @ApiProperty({ description: 'What a purge does to it', example: 'file deleted' })
  action!: string;
  @ApiProperty(DATE_TIME) updatedAt!: string;
  @ApiProperty(NULLABLE_STRING) updatedBy!: string | null;
}

export const toPolicyView = (p: PolicyFact): RetentionPolicyView => ({
  ...p,
  updatedAt: p.updatedAt.toISOString(),
});
