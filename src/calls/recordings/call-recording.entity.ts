import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../common/access/roles.js';
import { bigintNumber, TimestampColumn } from '../../database/columns.js';

/** A stored recording: written once, with who uploaded it and the hash of its bytes. */
@Entity('call_recordings')
export class CallRecording {
  @PrimaryGeneratedColumn() id: number;
  @Index('uq_call_recordings_call', { unique: true })
  @Column({ type: 'integer', name: 'call_id' })
  callId: number;
  @Column({ type: 'varchar', length: 512 }) file: string;
  /** What the bytes are (sniffed from the file's header), not what the client said. */
  @Column({ type: 'varchar', length: 32, name: 'content_type' }) contentType: string;
  @Column({ type: 'bigint', transformer: bigintNumber }) bytes: number;
  @Column({ type: 'varchar', length: 64 }) sha256: string;
  @Column({ type: 'integer', name: 'uploaded_by' }) uploadedBy: number;
  @Column({ type: 'varchar', length: 32, name: 'uploaded_by_role' }) uploadedByRole: Role;
  @TimestampColumn({ name: 'uploaded_at' }) uploadedAt: Date;
  /** When retention deleted the file; the row and its hash stay (the ledger vouches for them). */
  @TimestampColumn({ name: 'purged_at', nullable: true }) purgedAt: Date | null;
}
