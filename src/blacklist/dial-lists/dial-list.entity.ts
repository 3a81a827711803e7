import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber, TimestampColumn } from '../../database/columns.js';

export type DialListStatus = 'processing' | 'ready' | 'failed';

@Entity('dial_lists')
export class DialList {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 16 }) status: DialListStatus;
  @Column({ type: 'varchar', length: 255 }) filename: string;
  @Column({ type: 'bigint', transformer: bigintNumber }) bytes: number;
  @Column({ type: 'bigint', name: 'bytes_read', transformer: bigintNumber }) bytesRead: number;
  @Column({ type: 'varchar', length: 512, name: 'stored_path' }) storedPath: string;
  @Column({ type: 'varchar', length: 512, name: 'output_path', nullable: true }) outputPath:
    string | null;
  @Column({ type: 'integer', nullable: true }) input: number | null;
  @Column({ type: 'integer', nullable: true }) invalid: number | null;
  @Column({ type: 'integer', nullable: true }) duplicates: number | null;
  @Column({ type: 'integer', nullable: true }) blacklisted: number | null;
  @Column({ type: 'integer', nullable: true }) exported: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) error: string | null;
  @Column({ type: 'integer', name: 'created_by', nullable: true }) createdBy: number | null;
  /** The uploader's name as it was then (null on lists uploaded before it was kept). */
  @Column({ type: 'varchar', length: 120, name: 'created_by_name', nullable: true })
  createdByName: string | null;
  /** The dropped rows with their reason, CSV (null until ready, and on older lists). */
  @Column({ type: 'varchar', length: 512, name: 'rejected_path', nullable: true }) rejectedPath:
    string | null;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  @TimestampColumn({ name: 'finished_at', nullable: true }) finishedAt: Date | null;
}
