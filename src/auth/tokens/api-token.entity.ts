import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';

/** A bearer token for a machine client; only its SHA-256 is stored. */
@Entity('api_tokens')
export class ApiToken {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: 'integer', name: 'user_id' }) userId: number;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, name: 'token_hash' })
  tokenHash: string;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  /** Written at most once a minute, so a busy dialer does not write on every request. */
  @TimestampColumn({ name: 'last_used_at', nullable: true }) lastUsedAt: Date | null;
  @TimestampColumn({ name: 'revoked_at', nullable: true }) revokedAt: Date | null;
}
