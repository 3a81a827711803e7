import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn, TimestampColumn } from '../../database/columns.js';
import type { PhraseList } from '../../compliance/index.js';

/** One saved edition of the service-language phrase list; the newest is in force. */
@Entity('service_language_phrases')
export class PhraseListEdition {
  @PrimaryGeneratedColumn() id: number;
  @JsonColumn() phrases: PhraseList;
  @Column({ type: 'integer', name: 'updated_by' }) updatedBy: number;
  @TimestampColumn({ name: 'updated_at' }) updatedAt: Date;
}
