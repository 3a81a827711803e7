import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns.js';

/** How the person proved who they are; `oidc` is where single sign-on would plug in. */
export type SignInMethod = 'password' | 'oidc';

/** A console session; the cookie holds a random id, only its SHA-256 is stored. */
@Entity('auth_sessions')
export class AuthSession {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: 'integer', name: 'user_id' }) userId: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 64, name: 'id_hash' }) idHash: string;
  @Column({ type: 'varchar', length: 16 }) method: SignInMethod;
  @Column({ type: 'varchar', length: 64, nullable: true }) address: string | null;
  @Column({ type: 'varchar', length: 255, name: 'user_agent', nullable: true }) userAgent:
    string | null;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  /** Refreshed at most once a minute; idle expiry counts from here. */
  @TimestampColumn({ name: 'last_seen_at' }) lastSeenAt: Date;
  /** Absolute expiry: created_at + SESSION_MAX_HOURS, never extended. */
  @TimestampColumn({ name: 'expires_at' }) expiresAt: Date;
  @TimestampColumn({ name: 'revoked_at', nullable: true }) revokedAt: Date | null;
}
