import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn, TimestampColumn } from '../database/columns.js';

export type OutboxType =
  'trial.charged' | 'trial.cancelled' | 'trial.extended' | 'trial.reinstated';

/**
 * pending: to be POSTed to BILLING_WEBHOOK_URL; delivered: accepted there;
 * recorded: no webhook configured, the row itself is the record.
 */
export type OutboxStatus = 'pending' | 'delivered' | 'recorded';

/** Billing, cancellation and extension events, written in the transaction that caused them. */
@Entity('outbox')
export class OutboxEvent {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 32 }) type: OutboxType;
  @Column({ type: 'integer', name: 'trial_id' }) trialId: number;
  @JsonColumn() payload: Record<string, unknown>;
  @Column({ type: 'varchar', length: 16 }) status: OutboxStatus;
  @Column({ type: 'integer' }) attempts: number;
  @Column({ type: 'varchar', length: 500, name: 'last_error', nullable: true }) lastError:
    string | null;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  @TimestampColumn({ name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
}
