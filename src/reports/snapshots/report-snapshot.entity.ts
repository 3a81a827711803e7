import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn, TimestampColumn } from '../../database/columns.js';
import type { WeeklyReport } from '../domain/report-types.js';

/**
 * One stored revision of a week's report. Rows are only ever inserted: a
 * correction is the next revision, so what was sent to the carrier stays readable.
 */
@Entity('report_snapshots')
export class ReportSnapshot {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 8 }) week: string;
  @Column({ type: 'integer' }) revision: number;
  @JsonColumn() figures: WeeklyReport;
  @Column({ type: 'varchar', length: 64, name: 'figures_hash' }) figuresHash: string;
  @Column({ type: 'varchar', length: 32, name: 'report_version' }) reportVersion: string;
  /** The compliance checker's version when generated: verdicts behind validSales. */
  @Column({ type: 'varchar', length: 32, name: 'engine_version' }) engineVersion: string;
  @TimestampColumn({ name: 'generated_at' }) generatedAt: Date;
  /** null: the Monday schedule. */
  @Column({ type: 'integer', name: 'generated_by_id', nullable: true }) generatedById:
    number | null;
  @Column({ type: 'varchar', length: 120, name: 'generated_by_name' }) generatedByName: string;
  @Column({ type: 'text', nullable: true }) reason: string | null;
}
