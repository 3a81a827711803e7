import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';
import type { SampleReason, SamplingTier } from '../domain/index.js';

export type ItemStatus = 'open' | 'reviewed';

/** One sampled call waiting for (or having had) a human review. */
@Entity('qa_sample_items')
export class SampleItem {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'run_id' }) runId: number;
  @Column({ type: 'varchar', length: 8 }) tier: SamplingTier;
  @Column({ type: 'varchar', length: 10 }) period: string;
  @Column({ type: 'integer', name: 'call_id' }) callId: number;
  @Column({ type: 'varchar', length: 32, name: 'agent_code' }) agentCode: string;
  @Column({ type: 'varchar', length: 8 }) reason: SampleReason;
  @Column({ type: 'integer', name: 'assignee_id', nullable: true }) assigneeId: number | null;
  @Column({ type: 'varchar', length: 120, name: 'assignee_name', nullable: true }) assigneeName:
    string | null;
  @Column({ type: 'varchar', length: 10 }) status: ItemStatus;
  /** End of the last business day allowed for the review (plan: N business days after the draw). */
  @TimestampColumn({ name: 'due_at' }) dueAt: Date;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  @TimestampColumn({ name: 'reviewed_at', nullable: true }) reviewedAt: Date | null;
  /** The current review (an overturn replaces it). */
  @Column({ type: 'integer', name: 'review_id', nullable: true }) reviewId: number | null;
}
