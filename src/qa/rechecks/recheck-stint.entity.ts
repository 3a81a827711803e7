import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';

/** One stint of an agent on the re-check list; the domain's RecheckEntry plus bookkeeping. */
@Entity('qa_rechecks')
export class RecheckStint {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 32, name: 'agent_code' }) agentCode: string;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @TimestampColumn() since: Date;
  @TimestampColumn({ name: 'last_failure_at' }) lastFailureAt: Date;
  @Column({ type: 'integer', name: 'consecutive_passes' }) consecutivePasses: number;
  @TimestampColumn() until: Date;
  @TimestampColumn({ name: 'released_at', nullable: true }) releasedAt: Date | null;
  @Column({ type: 'varchar', length: 16, name: 'release_reason', nullable: true })
  releaseReason: 'passes' | 'business_days' | 'overturned' | null;
  /** The review that started the stint, and how many failures it holds (for overturns). */
  @Column({ type: 'integer', name: 'first_review_id' }) firstReviewId: number;
  @Column({ type: 'integer' }) failures: number;
  @TimestampColumn({ name: 'updated_at' }) updatedAt: Date;
}
