import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';
import type { ComplaintStatus } from './domain/complaint-lifecycle.js';

/** Append-only history of a complaint; the first row (from null) is its recording. */
@Entity('complaint_events')
export class ComplaintEvent {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'complaint_id' }) complaintId: number;
  @Column({ type: 'varchar', length: 16, name: 'from_status', nullable: true })
  fromStatus: ComplaintStatus | null;
  @Column({ type: 'varchar', length: 16, name: 'to_status' }) toStatus: ComplaintStatus;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'integer', name: 'actor_id', nullable: true }) actorId: number | null;
  @Column({ type: 'varchar', length: 120, name: 'actor_name', nullable: true }) actorName:
    string | null;
  @TimestampColumn() at: Date;
}
