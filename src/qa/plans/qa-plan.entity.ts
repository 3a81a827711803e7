import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';

/**
 * The sampling plan (one row, edited by admins): rate and reviewing role per
 * tier and the re-check release rule. Rates are whole parts per million, the
 * unit the quota arithmetic uses, so 10% is stored exactly.
 */
@Entity('qa_plan')
export class QaPlan {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'daily_rate_ppm' }) dailyRatePpm: number;
  @Column({ type: 'varchar', length: 32, name: 'daily_reviewer_role' }) dailyReviewerRole: string;
  @Column({ type: 'integer', name: 'daily_due_business_days' }) dailyDueBusinessDays: number;
  @Column({ type: 'integer', name: 'weekly_rate_ppm' }) weeklyRatePpm: number;
  @Column({ type: 'varchar', length: 32, name: 'weekly_reviewer_role' }) weeklyReviewerRole: string;
  @Column({ type: 'integer', name: 'weekly_due_business_days' }) weeklyDueBusinessDays: number;
  @Column({ type: 'integer', name: 'recheck_release_passes' }) recheckReleasePasses: number;
  @Column({ type: 'integer', name: 'recheck_release_business_days' })
  recheckReleaseBusinessDays: number;
  @TimestampColumn({ name: 'updated_at' }) updatedAt: Date;
  @Column({ type: 'varchar', length: 120, name: 'updated_by', nullable: true }) updatedBy:
    string | null;
}
