import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';

@Entity('agents')
export class Agent {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) team: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
}
