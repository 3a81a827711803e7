import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';
import type { ConfirmationOutcome, StepNumber, StepStatus } from './domain/index.js';

/**
 * One confirmation step (1 or 2) of a trial: the row is the truth about what is
 * due when; the job `trial-<id>-step-<n>-<attempt>` in Redis only wakes it up.
 */
@Entity('trial_steps')
export class TrialStep {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'trial_id' }) trialId: number;
  @Column({ type: 'integer' }) step: StepNumber;
  @Column({ type: 'varchar', length: 16 }) status: StepStatus;
  @TimestampColumn({ name: 'due_at' }) dueAt: Date;
  @Column({ type: 'integer' }) attempt: number;
  @Column({ type: 'varchar', length: 24, nullable: true }) outcome: ConfirmationOutcome | null;
  @Column({ type: 'integer', name: 'call_id', nullable: true }) callId: number | null;
  /** Set when the step's job fired and it joined the due list; the reconciler times it out. */
  @TimestampColumn({ name: 'calling_since', nullable: true }) callingSince: Date | null;
  /** When the dialer webhook accepted this attempt (null: not sent, or no webhook configured). */
  @TimestampColumn({ name: 'dialer_notified_at', nullable: true }) dialerNotifiedAt: Date | null;
  @TimestampColumn({ name: 'updated_at' }) updatedAt: Date;
}
