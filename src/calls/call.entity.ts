import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Compliance, ComplianceStatus, TranscriptSegment } from '../compliance/index.js';
import { JsonColumn, LocalDateColumn, TimestampColumn } from '../database/columns.js';

export const PURPOSES = ['marketing', 'confirmation', 'remedial'] as const;
export const OUTCOMES = [
  'sale',
  'refused',
  'no_answer',
  'busy',
  'unreachable',
  'suspended',
  'hung_up',
] as const;
export type CallPurpose = (typeof PURPOSES)[number];
export type CallOutcome = (typeof OUTCOMES)[number];
/** A sale is activated only when valid; otherwise it is held for QA (review or call-back). */
export type SaleStatus = 'activated' | 'held' | 'cancelled';

@Entity('calls')
export class Call {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, name: 'external_id' })
  externalId: string;
  /** SHA-256 of the submitted content: a re-sent call with other content is a conflict. */
  @Column({ type: 'varchar', length: 64, name: 'content_hash' }) contentHash: string;
  @Column({ type: 'integer', name: 'agent_id' }) agentId: number;
  @Column({ type: 'varchar', length: 32, name: 'agent_code' }) agentCode: string;
  @Column({ type: 'integer', name: 'product_id' }) productId: number;
  @Column({ type: 'varchar', length: 32, name: 'product_code' }) productCode: string;
  @Column({ type: 'integer', name: 'script_version_id', nullable: true }) scriptVersionId:
    number | null;
  @Column({ type: 'varchar', length: 32, name: 'script_version', nullable: true }) scriptVersion:
    string | null;
  @Column({ type: 'varchar', length: 20 }) phone: string;
  @Column({ type: 'varchar', length: 16 }) purpose: CallPurpose;
  @Column({ type: 'varchar', length: 16 }) outcome: CallOutcome;
  @TimestampColumn({ name: 'started_at' }) startedAt: Date;
  /** The call's date in CENTRE_TZ: every daily and weekly figure is keyed on it. */
  @LocalDateColumn({ name: 'local_date' }) localDate: string;
  @Column({ type: 'integer', name: 'duration_seconds' }) durationSeconds: number;
  @Column({ type: 'varchar', length: 512, name: 'recording_file', nullable: true }) recordingFile:
    string | null;
  @JsonColumn({ nullable: true }) transcript: TranscriptSegment[] | null;
  @Column({ type: 'integer', name: 'trial_id', nullable: true }) trialId: number | null;
  @Column({ type: 'varchar', length: 16, name: 'auto_status' }) autoStatus: ComplianceStatus;
  /** The checker's full verdict; its per-standard results are also rows of call_standard_results. */
  @JsonColumn({ name: 'auto_compliance' }) autoCompliance: Compliance;
  @Column({ type: 'varchar', length: 32, name: 'engine_version' }) engineVersion: string;
  @TimestampColumn({ name: 'evaluated_at' }) evaluatedAt: Date;
  /**
   * The service-language score and taboos that still count (dismissed findings
   * left out), kept beside the verdict for the weekly report; null: not scored.
   */
  @Column({ type: 'integer', name: 'sl_score', nullable: true }) slScore: number | null;
  @Column({ type: 'integer', name: 'sl_taboos', nullable: true }) slTaboos: number | null;
  /** Human review over automatic: what reports and the sale gate use. */
  @Column({ type: 'varchar', length: 16, name: 'final_status' }) finalStatus: ComplianceStatus;
  @Column({ type: 'varchar', length: 16, name: 'final_source' }) finalSource:
    'automatic' | 'review';
  @Column({ type: 'varchar', length: 16, name: 'sale_status', nullable: true })
  saleStatus: SaleStatus | null;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
}
