import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn, TimestampColumn } from '../../database/columns.js';
import type { JudgedChecks, WorkOrderStatus } from '../domain/index.js';

/** A drawn work order (closed complaint) and its review, contest and decision. */
@Entity('qa_work_order_items')
export class WorkOrderItem {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'run_id' }) runId: number;
  @Column({ type: 'varchar', length: 10 }) period: string;
  @Column({ type: 'integer', name: 'complaint_id' }) complaintId: number;
  /** The complaint's owner (首问负责制): whoever handled it to the close. */
  @Column({ type: 'integer', name: 'handler_id', nullable: true }) handlerId: number | null;
  @Column({ type: 'varchar', length: 120, name: 'handler_name' }) handlerName: string;
  @Column({ type: 'varchar', length: 8 }) reason: 'flagged' | 'random';
  @Column({ type: 'varchar', length: 64, nullable: true }) flags: string | null;
  @Column({ type: 'integer', name: 'assignee_id', nullable: true }) assigneeId: number | null;
  @Column({ type: 'varchar', length: 120, name: 'assignee_name', nullable: true })
  assigneeName: string | null;
  @TimestampColumn({ name: 'due_at' }) dueAt: Date;
  @Column({ type: 'varchar', length: 12 }) status: WorkOrderStatus;
  @JsonColumn({ nullable: true }) checks: JudgedChecks['checks'] | null;
  @Column({ type: 'integer', name: 'reviewer_id', nullable: true }) reviewerId: number | null;
  @Column({ type: 'varchar', length: 120, name: 'reviewer_name', nullable: true })
  reviewerName: string | null;
  @TimestampColumn({ name: 'reviewed_at', nullable: true }) reviewedAt: Date | null;
  @Column({ type: 'text', name: 'contest_reason', nullable: true }) contestReason: string | null;
  @TimestampColumn({ name: 'contested_at', nullable: true }) contestedAt: Date | null;
  @Column({ type: 'text', name: 'decision_note', nullable: true }) decisionNote: string | null;
  @Column({ type: 'integer', name: 'decided_by_id', nullable: true }) decidedById: number | null;
  @Column({ type: 'varchar', length: 120, name: 'decided_by_name', nullable: true })
  decidedByName: string | null;
  @TimestampColumn({ name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
}
