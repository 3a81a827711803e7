import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';

export type BlacklistSource = 'manual' | 'complaint' | 'opt_out' | 'import';

@Entity('blacklist_numbers')
export class BlacklistNumber {
  @PrimaryColumn({ type: 'varchar', length: 20 }) phone: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @Column({ type: 'varchar', length: 16 }) source: BlacklistSource;
  @Column({ type: 'integer', name: 'complaint_id', nullable: true }) complaintId: number | null;
  @TimestampColumn() since: Date;
  @TimestampColumn({ name: 'updated_at' }) updatedAt: Date;
}
