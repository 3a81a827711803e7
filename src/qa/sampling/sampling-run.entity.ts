import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';
import type { SamplingTier } from '../domain/index.js';

/** One draw of one tier and period (unique): what was drawn, from what, with which seed and rules. */
@Entity('qa_sampling_runs')
export class SamplingRun {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 8 }) tier: SamplingTier;
  @Column({ type: 'varchar', length: 10 }) period: string;
  @TimestampColumn({ name: 'period_start' }) periodStart: Date;
  @TimestampColumn({ name: 'period_end' }) periodEnd: Date;
  /** False when drawn before the period ended: calls made later were not in the population. */
  @Column({ type: 'boolean', default: true }) complete: boolean;
  @Column({ type: 'varchar', length: 64 }) seed: string;
  @Column({ type: 'varchar', length: 96 }) algorithm: string;
  @Column({ type: 'integer', name: 'rate_ppm' }) ratePpm: number;
  @Column({ type: 'varchar', length: 32, name: 'reviewer_role' }) reviewerRole: string;
  @Column({ type: 'integer', name: 'population_size' }) populationSize: number;
  @Column({ type: 'integer' }) quota: number;
  @Column({ type: 'integer', name: 'sample_size' }) sampleSize: number;
  @Column({ type: 'integer', name: 'random_count' }) randomCount: number;
  @Column({ type: 'integer', name: 'recheck_count' }) recheckCount: number;
  @Column({ type: 'integer', name: 'flagged_count' }) flaggedCount: number;
  /** Encoded population (population-codec.ts); large, so only loaded when asked for. */
  @Column({ type: 'text', select: false }) population: string;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  @Column({ type: 'integer', name: 'created_by_id', nullable: true }) createdById: number | null;
  @Column({ type: 'varchar', length: 120, name: 'created_by_name' }) createdByName: string;
}
