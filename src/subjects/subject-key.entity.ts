import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row: the HMAC key of erased numbers (see subject-key.ts). */
@Entity('subject_keys')
export class SubjectKeyRow {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'varchar', length: 64 }) secret: string;
}
