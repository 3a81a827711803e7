import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';

/**
 * A sampling tier as data (issue 15): one row per tier, edited by admins. The
 * call tiers (`subject` 'call': daily, weekly, any added later) are drawn by
 * SamplingService; the work-order tier ('complaint') by its own draw.
 */
@Entity('qa_tiers')
export class QaTier {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 32 }) tier: string;
  @Column({ type: 'varchar', length: 16 }) subject: string;
  /** A PeriodKind of qa/domain/periods.ts: day, week, month. */
  @Column({ type: 'varchar', length: 8, name: 'period_kind' }) periodKind: string;
  /** Whole parts per million, the unit of the quota arithmetic (10% = 100000). */
  @Column({ type: 'integer', name: 'rate_ppm' }) ratePpm: number;
  @Column({ type: 'varchar', length: 32, name: 'reviewer_role' }) reviewerRole: string;
  @Column({ type: 'integer', name: 'due_business_days' }) dueBusinessDays: number;
  /** Six-field cron in CENTRE_TZ for the scheduled draw; null: drawn by hand only. */
  @Column({ type: 'varchar', length: 32, nullable: true }) schedule: string | null;
  /** The console's name for the tier; null: named after its period kind. */
  @Column({ type: 'varchar', length: 64, nullable: true }) label: string | null;
  @TimestampColumn({ name: 'updated_at' }) updatedAt: Date;
  @Column({ type: 'varchar', length: 120, name: 'updated_by', nullable: true }) updatedBy:
    string | null;
}
