import { ApiProperty } from '@nestjs/swagger';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { ScriptSections } from '../compliance/script-format.js';
import { JsonColumn, TimestampColumn } from '../database/columns.js';
import { Product } from './product.entity.js';

export type ScriptPurpose = 'marketing' | 'confirmation';
export type ScriptStatus = 'draft' | 'approved' | 'superseded';

@Entity('script_versions')
@Index(['productId', 'version'], { unique: true })
export class ScriptVersion {
  @ApiProperty() @PrimaryGeneratedColumn() id: number;
  @ApiProperty() @Column({ type: 'integer', name: 'product_id' }) productId: number;
  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product: Relation<Product>;
  @ApiProperty() @Column({ type: 'varchar', length: 32 }) version: string;
  @ApiProperty({ enum: ['marketing', 'confirmation'] })
  @Column({ type: 'varchar', length: 16 })
  purpose: ScriptPurpose;
  @ApiProperty() @Column({ type: 'text' }) text: string;
  /** Parsed at save time: the checker reads sections, never re-parses text. */
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The parsed script' })
  @JsonColumn()
  sections: ScriptSections;
  @ApiProperty({ enum: ['draft', 'approved', 'superseded'] })
  @Column({ type: 'varchar', length: 16 })
  status: ScriptStatus;
  @ApiProperty({ type: String, nullable: true })
  @Column({ type: 'varchar', length: 120, name: 'created_by', nullable: true })
  createdBy: string | null;
  @ApiProperty() @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  @ApiProperty({ type: String, nullable: true })
  @Column({ type: 'varchar', length: 120, name: 'approved_by', nullable: true })
  approvedBy: string | null;
  @ApiProperty({ type: Date, nullable: true })
  @TimestampColumn({ name: 'approved_at', nullable: true })
  approvedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true })
  @TimestampColumn({ name: 'superseded_at', nullable: true })
  supersededAt: Date | null;
}
