import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { ListedReview } from './call-reviews.js';
import { TranscriptSegmentDto } from './dto/transcript-segment.dto.js';
import { OUTCOMES, PURPOSES, type Call } from './call.entity.js';
import { ComplianceView } from './compliance-view.js';

export class FinalVerdictView {
  @ApiProperty({ enum: ['valid', 'invalid', 'needs_review'] }) status!: Call['finalStatus'];
  @ApiProperty({
    enum: ['automatic', 'review'],
    description: 'A human review overrides the checker',
  })
  source!: Call['finalSource'];
}

/** The public shape of a call (contract: "Calls and the four standards"). */
export class CallView {
  @ApiProperty() id!: number;
  @ApiProperty() externalId!: string;
  @ApiProperty() agentCode!: string;
  @ApiProperty() productCode!: string;
  @ApiProperty({ type: String, nullable: true }) scriptVersion!: string | null;
  @ApiProperty({ example: '13800138000' }) phone!: string;
  @ApiProperty({ enum: PURPOSES }) purpose!: Call['purpose'];
  @ApiProperty({ enum: OUTCOMES }) outcome!: Call['outcome'];
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date', description: 'Date of the call in the centre time zone' })
  localDate!: string;
  @ApiProperty() durationSeconds!: number;
  @ApiProperty({ type: String, nullable: true }) recordingFile!: string | null;
  @ApiProperty() hasRecording!: boolean;
  @ApiProperty({ type: Number, nullable: true }) trialId!: number | null;
  @ApiProperty({ type: [TranscriptSegmentDto], nullable: true })
  transcript!: TranscriptSegmentDto[] | null;
  @ApiProperty({ description: "The checker's verdict" }) compliance!: ComplianceView;
  @ApiProperty() finalVerdict!: FinalVerdictView;
  @ApiProperty({ enum: ['activated', 'held', 'cancelled'], nullable: true })
  saleStatus!: Call['saleStatus'];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/**
 * GET /api/calls/{id}: the call with its human reviews beside the automatic
 * verdict. The QA module registers the reviews (call-reviews.ts), so the
 * schema is named rather than imported: calls must not load QA.
 */
export class CallDetailView extends CallView {
  @ApiProperty({
    type: 'array',
    items: { $ref: getSchemaPath('ReviewView') },
    description: 'Every review of the call, overturned ones included, oldest first',
  })
  reviews!: ListedReview[];
}

export class CallPageView {
  @ApiProperty({ type: [CallView] }) items!: CallView[];
  @ApiProperty({ type: Number, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: number | null;
}

export function toCallView(call: Call): CallView {
  return {
    id: call.id,
    externalId: call.externalId,
    agentCode: call.agentCode,
    productCode: call.productCode,
    scriptVersion: call.scriptVersion,
    phone: call.phone,
    purpose: call.purpose,
    outcome: call.outcome,
    startedAt: call.startedAt.toISOString(),
    localDate: call.localDate,
    durationSeconds: call.durationSeconds,
    recordingFile: call.recordingFile,
    hasRecording: call.recordingFile !== null,
    trialId: call.trialId,
    transcript: call.transcript,
    compliance: call.autoCompliance,
    finalVerdict: { status: call.finalStatus, source: call.finalSource },
    saleStatus: call.saleStatus,
    createdAt: call.createdAt.toISOString(),
  };
}
