import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';

/** One week's draw of closed complaints, with the seed and population to re-run it. */
@Entity('qa_work_order_runs')
export class WorkOrderRun {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 10 }) period: string;
  @TimestampColumn({ name: 'period_start' }) periodStart: Date;
  @TimestampColumn({ name: 'period_end' }) periodEnd: Date;
  @Column({ type: 'varchar', length: 64 }) seed: string;
  @Column({ type: 'varchar', length: 96 }) algorithm: string;
  @Column({ type: 'integer', name: 'rate_ppm' }) ratePpm: number;
  @Column({ type: 'varchar', length: 32, name: 'reviewer_role' }) reviewerRole: string;
  @Column({ type: 'integer', name: 'population_size' }) populationSize: number;
  @Column({ type: 'integer' }) quota: number;
  @Column({ type: 'integer', name: 'sample_size' }) sampleSize: number;
  @Column({ type: 'integer', name: 'random_count' }) randomCount: number;
  @Column({ type: 'integer', name: 'flagged_count' }) flaggedCount: number;
  @Column({ type: 'text', select: false }) population: string;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  @Column({ type: 'integer', name: 'created_by_id', nullable: true }) createdById: number | null;
  @Column({ type: 'varchar', length: 120, name: 'created_by_name' }) createdByName: string;
}
