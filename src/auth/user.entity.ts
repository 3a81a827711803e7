import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';
import type { Role } from './roles.js';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'varchar', length: 32 }) role: Role;
  /** SHA-256 of the bearer token: tokens are 192-bit random, so a fast hash is safe. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, name: 'token_hash' })
  tokenHash: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** The user created from ADMIN_API_TOKEN; its hash follows the variable. */
  @Column({ type: 'boolean', default: false }) bootstrap: boolean;
  /** Set when the user is also a call-centre agent: a reviewer never reviews their own calls. */
  @Column({ type: 'varchar', length: 32, name: 'agent_code', nullable: true }) agentCode:
    string | null;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
}
