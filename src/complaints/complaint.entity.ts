import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';
import type { CallBackResult } from './domain/call-back.js';
import type { ComplaintStatus } from './domain/complaint-lifecycle.js';

export const SEVERITIES = ['minor', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

@Entity('complaints')
export class Complaint {
  @PrimaryGeneratedColumn() id: number;
  /** Normalised: every spelling of a number is one subscriber. */
  @Column({ type: 'varchar', length: 20 }) phone: string;
  @Column({ type: 'varchar', length: 8 }) severity: Severity;
  @Column({ type: 'varchar', length: 64 }) category: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'integer', name: 'call_id', nullable: true }) callId: number | null;
  /** From the linked call: feeds the agent's complaint rate. */
  @Column({ type: 'varchar', length: 32, name: 'agent_code', nullable: true }) agentCode:
    string | null;
  @Column({ type: 'varchar', length: 16 }) status: ComplaintStatus;
  /** 首问负责制: whoever recorded the complaint owns it to the end. */
  @Column({ type: 'integer', name: 'owner_id', nullable: true }) ownerId: number | null;
  @Column({ type: 'varchar', length: 120, name: 'owner_name' }) ownerName: string;
  @TimestampColumn({ name: 'received_at' }) receivedAt: Date;
  @TimestampColumn({ name: 'first_contact_due_at' }) firstContactDueAt: Date;
  @TimestampColumn({ name: 'resolution_due_at' }) resolutionDueAt: Date;
  @TimestampColumn({ name: 'first_contacted_at', nullable: true }) firstContactedAt: Date | null;
  @TimestampColumn({ name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
  @TimestampColumn({ name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column({ type: 'boolean', default: false }) escalated: boolean;
  @Column({ type: 'varchar', length: 500, name: 'escalation_reason', nullable: true })
  escalationReason: string | null;
  /** The customer said "不要再给我打电话": the number is blacklisted. */
  @Column({ type: 'boolean', name: 'opt_out', default: false }) optOut: boolean;
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  /** The last call-back's result; null before one, or after a dissatisfied one reopened it. */
  @Column({ type: 'varchar', length: 16, name: 'call_back_result', nullable: true })
  callBackResult: CallBackResult | null;
  @Column({ type: 'integer', name: 'call_backs', default: 0 }) callBacks: number;
  /** 不满意工单重启: times a dissatisfied customer sent it back to be handled again. */
  @Column({ type: 'integer', name: 'reopen_count', default: 0 }) reopenCount: number;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
}
