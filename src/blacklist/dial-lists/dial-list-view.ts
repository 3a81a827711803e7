import { ApiProperty } from '@nestjs/swagger';
import {
  DATE_TIME,
  NULLABLE_DATE_TIME,
  NULLABLE_NUMBER,
  NULLABLE_STRING,
} from '../../common/http/view-props.js';
import { PersonRefView } from '../../common/http/person-ref-view.js';
import type { DialList, DialListStatus } from './dial-list.entity.js';

/** Filled in when the list is `ready`; null while it is processing. */
export class DialListCountsView {
  @ApiProperty(NULLABLE_NUMBER) input!: number | null;
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Rows without a valid phone number' })
  invalid!: number | null;
  @ApiProperty(NULLABLE_NUMBER) duplicates!: number | null;
  @ApiProperty(NULLABLE_NUMBER) blacklisted!: number | null;
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Rows that may be dialled' })
  exported!: number | null;
}

/** Contract: `{id, status, counts: {input, invalid, duplicates, blacklisted, exported}}`. */
export class DialListView {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: ['processing', 'ready', 'failed'] }) status!: DialListStatus;
  @ApiProperty() filename!: string;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Share of the upload read so far' })
  progress!: number;
  @ApiProperty() counts!: DialListCountsView;
  @ApiProperty(NULLABLE_STRING) error!: string | null;
  @ApiProperty(DATE_TIME) createdAt!: string;
  @ApiProperty(NULLABLE_DATE_TIME) finishedAt!: string | null;
  @ApiProperty({ description: 'Who uploaded it (name null on lists older than the history)' })
  uploadedBy!: PersonRefView;
  @ApiProperty({ description: 'Whether GET /api/dial-lists/{id}/rejected has the dropped rows' })
  rejectedRows!: boolean;
}

/** GET /api/dial-lists: the upload history, newest first. */
export class DialListPageView {
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({ type: [DialListView] }) items!: DialListView[];
}

export function toDialListView(list: DialList): DialListView {
  const ready = list.status === 'ready';
  return {
    id: list.id,
    status: list.status,
    filename: list.filename,
    progress: list.bytes > 0 ? Math.min(1, list.bytesRead / list.bytes) : ready ? 1 : 0,
    counts: {
      input: list.input,
      invalid: list.invalid,
      duplicates: list.duplicates,
      blacklisted: list.blacklisted,
      exported: list.exported,
    },
    error: list.error,
    createdAt: list.createdAt.toISOString(),
    finishedAt: list.finishedAt?.toISOString() ?? null,
    uploadedBy: { id: list.createdBy, name: list.createdByName },
    rejectedRows: ready && list.rejectedPath !== null,
  };
}
