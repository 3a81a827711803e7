import { ApiProperty } from '@nestjs/swagger';
import { ANY_OBJECT, NULLABLE_STRING } from '../common/http/view-props.js';
import { LEDGER_KINDS, type LedgerKind } from './domain/chain.js';

export class ChainHeadView {
  @ApiProperty({ description: 'Sequence number of the last entry (0: empty chain)' }) seq!: number;
  @ApiProperty({ description: 'Its SHA-256 (hex); the genesis hash is 64 zeros' }) hash!: string;
}

export class ChainBreakView {
  @ApiProperty({ description: 'The entry where the chain or what it vouches for breaks' })
  seq!: number;
  @ApiProperty({ enum: ['sequence', 'link', 'entry', 'evidence', 'script', 'recording', 'head'] })
  what!: string;
  @ApiProperty({ description: 'Why, in words' }) why!: string;
}

export class PurgedRecordingView {
  @ApiProperty({ description: 'The recording entry that vouches for the file' }) seq!: number;
  @ApiProperty() callId!: number;
  @ApiProperty() file!: string;
  @ApiProperty({ example: 'purged by policy' }) why!: string;
}

export class LedgerVerificationView {
  @ApiProperty({ description: 'No break anywhere' }) ok!: boolean;
  @ApiProperty() entries!: number;
  @ApiProperty() head!: ChainHeadView;
  @ApiProperty({ type: [ChainBreakView], description: 'In chain order; the first 1,000' })
  breaks!: ChainBreakView[];
  @ApiProperty() breakCount!: number;
  @ApiProperty({ description: 'Distinct script versions re-hashed' }) scriptsChecked!: number;
  @ApiProperty({ description: 'Recording files re-hashed' }) recordingsChecked!: number;
  @ApiProperty({
    type: [PurgedRecordingView],
    description: 'Recordings absent because retention purged them (not breaks); the first 1,000',
  })
  purgedByPolicy!: PurgedRecordingView[];
  @ApiProperty() purgedByPolicyCount!: number;
  @ApiProperty() durationMs!: number;
  @ApiProperty() entriesPerSecond!: number;
}

export class LedgerSegmentView {
  @ApiProperty({ enum: ['disclosure', 'consent'] }) role!: string;
  @ApiProperty({ description: 'Index into the call transcript' }) index!: number;
  @ApiProperty({ enum: ['agent', 'customer'] }) speaker!: string;
  @ApiProperty() startMs!: number;
  @ApiProperty() endMs!: number;
  @ApiProperty({ ...NULLABLE_STRING, description: 'The words; null once erased (its hash stays)' })
  text!: string | null;
  @ApiProperty({ description: 'SHA-256 of the text, as chained' }) textSha256!: string;
}

export class LedgerEntryView {
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: LEDGER_KINDS }) kind!: LedgerKind;
  @ApiProperty({ example: 'call:12' }) subject!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() prevHash!: string;
  @ApiProperty() hash!: string;
  @ApiProperty({ ...ANY_OBJECT, description: 'The chained facts (canonical JSON as hashed)' })
  payload!: Record<string, unknown>;
  @ApiProperty({ type: [LedgerSegmentView] }) segments!: LedgerSegmentView[];
  @ApiProperty({ ...NULLABLE_STRING, description: 'Where to listen to the call' })
  recordingUrl!: string | null;
}

export class SubscriberProofView {
  @ApiProperty({ description: 'The number, normalised', example: '13800138000' }) phone!: string;
  @ApiProperty({ type: [LedgerEntryView] }) entries!: LedgerEntryView[];
  @ApiProperty({ description: 'The chain head now: verify the entries link up to it' })
  head!: ChainHeadView;
}
