import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';

export type RemedialStatus = 'open' | 'done' | 'cancelled';

/** 回访修正: a call-back owed to the customer of a sale a review found invalid. */
@Entity('qa_remedial_tasks')
export class RemedialTask {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'call_id' }) callId: number;
  @Column({ type: 'integer', name: 'review_id' }) reviewId: number;
  @Column({ type: 'varchar', length: 20 }) phone: string;
  @Column({ type: 'varchar', length: 32, name: 'agent_code' }) agentCode: string;
  @Column({ type: 'varchar', length: 32, name: 'product_code' }) productCode: string;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  /** The failing review's tier and standards (comma-separated), which `reason` words in English. */
  @Column({ type: 'varchar', length: 16, nullable: true }) tier: string | null;
  @Column({ type: 'varchar', length: 100, name: 'failed_standards', nullable: true })
  failedStandards: string | null;
  /** The overturn that withdrew the task, and its reason (a cancelled task's `note` words both). */
  @Column({ type: 'integer', name: 'cancelled_by_review_id', nullable: true })
  cancelledByReviewId: number | null;
  @Column({ type: 'text', name: 'cancel_reason', nullable: true }) cancelReason: string | null;
  @Column({ type: 'varchar', length: 10 }) status: RemedialStatus;
  @Column({ type: 'integer', name: 'callback_call_id', nullable: true }) callbackCallId:
    number | null;
  @Column({ type: 'boolean', name: 'customer_agreed', nullable: true }) customerAgreed:
    boolean | null;
  @Column({ type: 'boolean', name: 'subscription_cancelled', default: false })
  subscriptionCancelled: boolean;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  @TimestampColumn({ name: 'completed_at', nullable: true }) completedAt: Date | null;
  @Column({ type: 'integer', name: 'completed_by_id', nullable: true }) completedById:
    number | null;
  @Column({ type: 'varchar', length: 120, name: 'completed_by_name', nullable: true })
  completedByName: string | null;
}
