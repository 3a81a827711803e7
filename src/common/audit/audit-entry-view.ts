import { ApiProperty } from '@nestjs/swagger';
import { ANY_OBJECT, DATE_TIME, NULLABLE_NUMBER, NULLABLE_STRING } from '../http/view-props.js';
import type { AuditEntry } from './audit-entry.entity.js';

export class AuditEntryView {
  @ApiProperty() id!: number;
  @ApiProperty(DATE_TIME) at!: string;
  @ApiProperty(NULLABLE_NUMBER) actorId!: number | null;
  @ApiProperty(NULLABLE_STRING) actorName!: string | null;
  @ApiProperty(NULLABLE_STRING) actorRole!: string | null;
  @ApiProperty({ example: 'call.create' }) action!: string;
  @ApiProperty({ example: 'call' }) entity!: string;
  @ApiProperty(NULLABLE_STRING) entityId!: string | null;
  @ApiProperty(NULLABLE_STRING) requestId!: string | null;
  @ApiProperty(NULLABLE_STRING) method!: string | null;
  @ApiProperty(NULLABLE_STRING) path!: string | null;
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'The status the client got' })
  statusCode!: number | null;
  @ApiProperty({ ...ANY_OBJECT, nullable: true }) details!: Record<string, unknown> | null;
}

export class AuditPageView {
  @ApiProperty({ type: [AuditEntryView], description: 'Newest first' }) items!: AuditEntryView[];
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Pass as `cursor` for the next page' })
  nextCursor!: number | null;
}

export function toAuditEntryView(e: AuditEntry): AuditEntryView {
  return { ...e, at: e.at.toISOString() };
}
