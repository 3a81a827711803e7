import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';

/** 处罚: one record per call found invalid by review; rescinded (never deleted) on overturn. */
@Entity('qa_penalties')
export class Penalty {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 32, name: 'agent_code' }) agentCode: string;
  @Column({ type: 'integer', name: 'call_id' }) callId: number;
  @Column({ type: 'integer', name: 'review_id' }) reviewId: number;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  @TimestampColumn({ name: 'rescinded_at', nullable: true }) rescindedAt: Date | null;
  @Column({ type: 'varchar', length: 500, name: 'rescinded_reason', nullable: true })
  rescindedReason: string | null;
}
