import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';
import type { FindingDecision } from '../../compliance/index.js';

/**
 * An inspector's word on one service-language finding of a call: confirmed or
 * dismissed, with an optional note. One row per finding (a later decision
 * replaces it); every decision is in the audit log.
 */
@Entity('service_language_decisions')
export class FindingDecisionRow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'call_id' }) callId: number;
  @Column({ type: 'varchar', length: 200, name: 'finding_key' }) findingKey: string;
  @Column({ type: 'varchar', length: 12 }) decision: FindingDecision;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'integer', name: 'decided_by_id' }) decidedById: number;
  @Column({ type: 'varchar', length: 120, name: 'decided_by_name' }) decidedByName: string;
  @TimestampColumn({ name: 'decided_at' }) decidedAt: Date;
}
