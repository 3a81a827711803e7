import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';

/** pending → done (it fired), or superseded (an extension moved it) / cancelled (trial closed). */
export type GateStatus = 'pending' | 'done' | 'superseded' | 'cancelled';

/**
 * The charge gate: the end of the last free day. `seq` counts gates of one
 * trial (an extension adds the next), so its job id `trial-<id>-gate-<seq>` is unique.
 */
@Entity('trial_gates')
export class TrialGate {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'trial_id' }) trialId: number;
  @Column({ type: 'integer' }) seq: number;
  @TimestampColumn({ name: 'due_at' }) dueAt: Date;
  @Column({ type: 'varchar', length: 16 }) status: GateStatus;
  @TimestampColumn({ name: 'fired_at', nullable: true }) firedAt: Date | null;
}
