import { ApiProperty } from '@nestjs/swagger';
import { CallView } from '../../calls/index.js';
import { ComplianceView } from '../../calls/compliance-view.js';
import { DATE_TIME } from '../../common/http/view-props.js';
import type { ComplianceStatus } from '../../compliance/index.js';
import type { SampleReason, SamplingTier } from '../domain/index.js';
import { REASONS } from '../sampling/run-view.js';
import type { ItemStatus } from '../sampling/sample-item.entity.js';

/** One open item of the caller's review queue, with the call to review. */
export class QueueItemView {
  @ApiProperty() id!: number;
  @ApiProperty() runId!: number;
  @ApiProperty({ type: String, example: 'daily', description: 'A tier of GET /api/qa/tiers' })
  tier!: SamplingTier;
  @ApiProperty() period!: string;
  @ApiProperty({ enum: REASONS }) reason!: SampleReason;
  @ApiProperty({ enum: ['open', 'reviewed'] }) status!: ItemStatus;
  @ApiProperty(DATE_TIME) createdAt!: string;
  @ApiProperty(DATE_TIME) dueAt!: string;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ enum: ['valid', 'invalid', 'needs_review'] }) automaticVerdict!: ComplianceStatus;
  @ApiProperty({ description: "The checker's verdict" }) compliance!: ComplianceView;
  @ApiProperty() call!: CallView;
  @ApiProperty({ description: 'No recording: consent cannot be heard, only read' })
  audioMissing!: boolean;
}
