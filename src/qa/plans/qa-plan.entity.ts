import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';

/**
 * The plan's settings that are not a tier (one row, edited by admins): the
 * re-check release rule. The tiers themselves are rows of qa_tiers.
 */
@Entity('qa_plan')
export class QaPlan {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'recheck_release_passes' }) recheckReleasePasses: number;
  @Column({ type: 'integer', name: 'recheck_release_business_days' })
  recheckReleaseBusinessDays: number;
  @TimestampColumn({ name: 'updated_at' }) updatedAt: Date;
  @Column({ type: 'varchar', length: 120, name: 'updated_by', nullable: true }) updatedBy:
    string | null;
}
