import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';
import type { BlacklistSource } from './blacklist-number.entity.js';

/** Append-only: a removal is an event, never a delete. */
@Entity('blacklist_events')
export class BlacklistEvent {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 20 }) phone: string;
  @Column({ type: 'varchar', length: 8 }) action: 'add' | 'remove';
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @Column({ type: 'varchar', length: 16 }) source: BlacklistSource;
  @Column({ type: 'integer', name: 'complaint_id', nullable: true }) complaintId: number | null;
  @Column({ type: 'integer', name: 'actor_id', nullable: true }) actorId: number | null;
  @Column({ type: 'varchar', length: 120, name: 'actor_name', nullable: true }) actorName:
    string | null;
  @TimestampColumn() at: Date;
}
