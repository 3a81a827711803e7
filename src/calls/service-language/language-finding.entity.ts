import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateColumn } from '../../database/columns.js';

/**
 * One service-language finding of a call, as the weekly report counts it:
 * written with the verdict (replaced on re-evaluation), `dismissed` following
 * the inspector's decision. The call's date is copied so a week is one index range.
 */
@Entity('call_language_findings')
export class LanguageFinding {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'call_id' }) callId: number;
  @LocalDateColumn({ name: 'local_date' }) localDate: string;
  @Column({ type: 'varchar', length: 200, name: 'finding_key' }) findingKey: string;
  @Column({ type: 'varchar', length: 16 }) kind: string;
  /** '' for kinds without a phrase family (every kind but taboo). */
  @Column({ type: 'varchar', length: 120 }) family: string;
  @Column({ type: 'varchar', length: 120 }) phrase: string;
  @Column({ type: 'boolean' }) dismissed: boolean;
}
