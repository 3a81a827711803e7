import { ApiProperty } from '@nestjs/swagger';
import {
  DATE_TIME,
  NULLABLE_DATE_TIME,
  NULLABLE_NUMBER,
  NULLABLE_STRING,
} from '../common/http/view-props.js';
import type { BlacklistEvent } from './blacklist-event.entity.js';
import type { BlacklistImportReport } from './blacklist-import-report.js';
import type { BlacklistNumber, BlacklistSource } from './blacklist-number.entity.js';

const SOURCES: BlacklistSource[] = ['manual', 'complaint', 'opt_out', 'import'];

export class BlacklistEventView {
  @ApiProperty({ enum: ['add', 'remove'] }) action!: BlacklistEvent['action'];
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: SOURCES }) source!: BlacklistSource;
  @ApiProperty(NULLABLE_NUMBER) complaintId!: number | null;
  @ApiProperty({ ...NULLABLE_STRING, description: 'Who made the change' }) actor!: string | null;
  @ApiProperty(DATE_TIME) at!: string;
}

/** A number's standing on the blacklist, with its full history (a removal is never silent). */
export class BlacklistEntryView {
  @ApiProperty({ description: 'Normalised', example: '13800138000' }) phone!: string;
  @ApiProperty() blacklisted!: boolean;
  @ApiProperty(NULLABLE_DATE_TIME) since!: string | null;
  @ApiProperty(NULLABLE_STRING) reason!: string | null;
  @ApiProperty({ enum: SOURCES, nullable: true }) source!: BlacklistSource | null;
  @ApiProperty({ type: [BlacklistEventView], description: 'Oldest first' })
  history!: BlacklistEventView[];
}

export class BlacklistImportErrorView {
  @ApiProperty() line!: number;
  @ApiProperty() message!: string;
}

export class BlacklistImportReportView implements BlacklistImportReport {
  @ApiProperty() rows!: number;
  @ApiProperty() added!: number;
  @ApiProperty({ description: 'Already on the list' }) unchanged!: number;
  @ApiProperty() failed!: number;
  @ApiProperty({ type: [BlacklistImportErrorView] }) errors!: BlacklistImportErrorView[];
}

export function toBlacklistEntryView(
  phone: string,
  current: BlacklistNumber | null,
  history: BlacklistEvent[],
): BlacklistEntryView {
  const active = current?.active ? current : null;
  return {
    phone,
    blacklisted: active !== null,
    since: active ? active.since.toISOString() : null,
    reason: active ? active.reason : null,
    source: active ? active.source : null,
    history: history.map(({ action, reason, source, complaintId, actorName, at }) => ({
      action,
      reason,
      source,
      complaintId,
      actor: actorName,
      at: at.toISOString(),
    })),
  };
}

/** One number on the active list, as the browse page shows it. */
export class BlacklistListedView {
  @ApiProperty({ description: 'Normalised', example: '13800138000' }) phone!: string;
  @ApiProperty(DATE_TIME) since!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: SOURCES }) source!: BlacklistSource;
  @ApiProperty(NULLABLE_NUMBER) complaintId!: number | null;
}

/** GET /api/blacklist/entries: one page of the active list and how many match in all. */
export class BlacklistPageView {
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({ type: [BlacklistListedView] }) items!: BlacklistListedView[];
}
