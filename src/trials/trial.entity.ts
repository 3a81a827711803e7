import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn, LocalDateColumn, TimestampColumn } from '../database/columns.js';
import type { CancelReason, TrialStatus } from './domain/index.js';

/**
 * A trial (体验期) opened by a valid sale. The status and dates are what the
 * state machine returned last; `version` guards every write so two processes
 * handling the same trial never both apply.
 */
@Entity('trials')
export class Trial {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 20 }) phone: string;
  @Column({ type: 'integer', name: 'product_id' }) productId: number;
  @Column({ type: 'varchar', length: 32, name: 'product_code' }) productCode: string;
  @Column({ type: 'integer', name: 'sale_call_id' }) saleCallId: number;
  @Column({ type: 'varchar', length: 16 }) status: TrialStatus;
  @LocalDateColumn({ name: 'trial_start' }) trialStart: string;
  @LocalDateColumn({ name: 'trial_end' }) trialEnd: string;
  @Column({ type: 'integer', name: 'trial_days' }) trialDays: number;
  @Column({ type: 'integer' }) extensions: number;
  @Column({ type: 'varchar', length: 32, name: 'cancel_reason', nullable: true })
  cancelReason: CancelReason | null;
  /** Every call recorded against the trial: a call counts once, ever. */
  @JsonColumn({ name: 'used_call_ids' }) usedCallIds: string[];
  @Column({ type: 'integer' }) version: number;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  @TimestampColumn({ name: 'updated_at' }) updatedAt: Date;
  @TimestampColumn({ name: 'closed_at', nullable: true }) closedAt: Date | null;
}
