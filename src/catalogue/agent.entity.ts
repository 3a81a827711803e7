import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';

@Entity('agents')
export class Agent {
  @ApiProperty() @PrimaryGeneratedColumn() id: number;
  @ApiProperty() @Index({ unique: true }) @Column({ type: 'varchar', length: 32 }) code: string;
  @ApiProperty() @Column({ type: 'varchar', length: 120 }) name: string;
  @ApiProperty({ type: String, nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  team: string | null;
  @ApiProperty() @Column({ type: 'boolean', default: true }) active: boolean;
  @ApiProperty() @TimestampColumn({ name: 'created_at' }) createdAt: Date;
}
