import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';
import type { Role } from '../common/access/roles.js';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'varchar', length: 32 }) role: Role;
  /** Sign-in name of a person; machine clients (dialer, importers) have none and use API tokens. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  username: string | null;
  /** scrypt hash (src/auth/password.ts); null: cannot sign in with a password. */
  @Column({ type: 'varchar', length: 255, name: 'password_hash', nullable: true })
  passwordHash: string | null;
  @TimestampColumn({ name: 'password_changed_at', nullable: true }) passwordChangedAt: Date | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** The user created from ADMIN_API_TOKEN; its token follows the variable. */
  @Column({ type: 'boolean', default: false }) bootstrap: boolean;
  /** Set when the user is also a call-centre agent: a reviewer never reviews their own calls. */
  @Column({ type: 'varchar', length: 32, name: 'agent_code', nullable: true }) agentCode:
    string | null;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
}
