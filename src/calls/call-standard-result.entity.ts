import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RuleResult } from '../compliance/index.js';

/**
 * The checker's result on one standard of one call: a row per (call, standard),
 * so a standard added to the registry needs no new column. The call's full
 * verdict (reasons, evidence) stays in calls.auto_compliance; these rows are its
 * indexed projection for list filters and report groupings.
 */
@Entity('call_standard_results')
@Index('ix_call_standard_results_failed', ['standard', 'result', 'callId'])
export class CallStandardResult {
  @PrimaryColumn({ type: 'integer', name: 'call_id' }) callId: number;
  @PrimaryColumn({ type: 'varchar', length: 32 }) standard: string;
  @Column({ type: 'varchar', length: 8 }) result: RuleResult;
}
