import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';

/**
 * A sampling tier as data (issue 15's direction): one row per tier, edited by
 * admins. Today it holds the work-order tier; the call tiers are still the
 * columns of qa_plan and may become rows here later.
 */
@Entity('qa_tiers')
export class QaTier {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 32 }) tier: string;
  @Column({ type: 'varchar', length: 16 }) subject: string;
  @Column({ type: 'varchar', length: 8, name: 'period_kind' }) periodKind: string;
  /** Whole parts per million, the unit of the quota arithmetic (10% = 100000). */
  @Column({ type: 'integer', name: 'rate_ppm' }) ratePpm: number;
  @Column({ type: 'varchar', length: 32, name: 'reviewer_role' }) reviewerRole: string;
  @Column({ type: 'integer', name: 'due_business_days' }) dueBusinessDays: number;
  @TimestampColumn({ name: 'updated_at' }) updatedAt: Date;
  @Column({ type: 'varchar', length: 120, name: 'updated_by', nullable: true }) updatedBy:
    string | null;
}
