import { ApiProperty } from '@nestjs/swagger';
import { BlacklistEntryView } from '../blacklist/index.js';
import { CallView } from '../calls/index.js';
import { AuditEntryView } from '../common/audit/audit-entry-view.js';
import { NULLABLE_NUMBER, NULLABLE_STRING } from '../common/http/view-props.js';
import { ComplaintDetailView } from '../complaints/index.js';
import { LedgerEntryView } from '../ledger/index.js';
import { RemedialTaskView, ReviewView } from '../qa/index.js';
import { TrialView } from '../trials/index.js';

export class SubjectCountsView {
  @ApiProperty() calls!: number;
  @ApiProperty({ description: 'Calls with a transcript stored' }) transcripts!: number;
  @ApiProperty({ description: 'Calls with a verdict (every call has one)' }) verdicts!: number;
  @ApiProperty({ description: 'Recording files in the zip (or that it would hold)' })
  recordings!: number;
  @ApiProperty() reviews!: number;
  @ApiProperty() callBacks!: number;
  @ApiProperty() trials!: number;
  @ApiProperty() complaints!: number;
  @ApiProperty() blacklistEvents!: number;
  @ApiProperty() ledgerEntries!: number;
  @ApiProperty() listens!: number;
}

/** GET /api/subjects/{phone}/export: everything stored about one number (PIPL Art. 45). */
export class SubjectExportView {
  @ApiProperty({ description: 'The number, normalised', example: '13800138000' }) phone!: string;
  @ApiProperty({ description: 'Its keyed hash: what erased rows carry instead of the number' })
  subjectId!: string;
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty() counts!: SubjectCountsView;
  @ApiProperty({
    type: [CallView],
    description:
      'Every call, by the number or (once erased) its hash, with transcript and verdicts',
  })
  calls!: CallView[];
  @ApiProperty({ type: [ReviewView], description: 'QA reviews and overturns of those calls' })
  reviews!: ReviewView[];
  @ApiProperty({ type: [RemedialTaskView], description: 'Remedial call-backs to the number' })
  callBacks!: RemedialTaskView[];
  @ApiProperty({ type: [TrialView] }) trials!: TrialView[];
  @ApiProperty({ type: [ComplaintDetailView] }) complaints!: ComplaintDetailView[];
  @ApiProperty({ description: 'Blacklist state and its whole history' })
  blacklist!: BlacklistEntryView;
  @ApiProperty({ type: [LedgerEntryView], description: 'Consent-ledger entries of the number' })
  ledger!: LedgerEntryView[];
  @ApiProperty({ type: [AuditEntryView], description: 'Who listened to which recording, when' })
  listens!: AuditEntryView[];
  @ApiProperty({ type: [AuditEntryView], description: 'Earlier exports and erasures of it' })
  requests!: AuditEntryView[];
}

export class KeptItemView {
  @ApiProperty({
    enum: [
      'calls',
      'transcripts',
      'recordings',
      'trials',
      'complaints',
      'ledger',
      'blacklist',
      'audit',
    ],
  })
  class!: string;
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Call, trial or complaint id; null: the class' })
  id!: number | null;
  @ApiProperty({
    ...NULLABLE_STRING,
    format: 'date-time',
    description: 'null: while the reason lasts',
  })
  until!: string | null;
  @ApiProperty({
    enum: [
      'retention_clock',
      'legal_hold',
      'open_order',
      'awaiting_purge',
      'hash_chained',
      'blocked',
      'audit_trail',
    ],
  })
  reason!: string;
  @ApiProperty({ description: 'The reason in words' }) why!: string;
}

export class AnonymisedView {
  @ApiProperty({ description: 'Calls whose number is now its keyed hash' }) calls!: number;
  @ApiProperty({ description: 'Calls whose transcript, notes and ledger texts are gone' })
  transcripts!: number;
  @ApiProperty({ description: 'Trials whose number is now its keyed hash' }) trials!: number;
  @ApiProperty({ description: 'Closed complaints without number or words' }) complaints!: number;
}

/** POST /api/subjects/{phone}/erase: the same answer however often it is asked. */
export class SubjectErasureView {
  @ApiProperty({ description: "The subject's keyed hash (the audit rows' entity id)" })
  id!: string;
  @ApiProperty({ example: '138****8000' }) phone!: string;
  @ApiProperty() anonymised!: AnonymisedView;
  @ApiProperty({ type: [KeptItemView] }) kept!: KeptItemView[];
}
