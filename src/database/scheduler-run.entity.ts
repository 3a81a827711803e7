import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from './columns.js';

/** One row per scheduled task per tick: the unique key makes exactly one process act. */
@Entity('scheduler_runs')
@Index(['name', 'tick'], { unique: true })
export class SchedulerRun {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'varchar', length: 64 }) tick: string;
  @TimestampColumn({ name: 'claimed_at' }) claimedAt: Date;
  @Column({ type: 'varchar', length: 128, name: 'claimed_by' }) claimedBy: string;
}
