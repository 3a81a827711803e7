import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';
import type { DataClass } from './domain/data-classes.js';

/** One data class's clock, as an admin set it (the migration seeds the defaults). */
@Entity('retention_policies')
export class RetentionPolicy {
  @PrimaryColumn({ type: 'varchar', length: 32, name: 'data_class' }) dataClass: DataClass;
  /** Days kept after the item's clock starts; null: no clock (held while the hold is open). */
  @Column({ type: 'integer', name: 'keep_days', nullable: true }) keepDays: number | null;
  @TimestampColumn({ name: 'updated_at' }) updatedAt: Date;
  @Column({ type: 'varchar', length: 120, name: 'updated_by', nullable: true }) updatedBy:
    string | null;
}
