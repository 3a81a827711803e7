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
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'product_id' }) productId: number;
  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product: Relation<Product>;
  @Column({ type: 'varchar', length: 32 }) version: string;
  @Column({ type: 'varchar', length: 16 }) purpose: ScriptPurpose;
  @Column({ type: 'text' }) text: string;
  /** Parsed at save time: the checker reads sections, never re-parses text. */
  @JsonColumn() sections: ScriptSections;
  @Column({ type: 'varchar', length: 16 }) status: ScriptStatus;
  @Column({ type: 'varchar', length: 120, name: 'created_by', nullable: true }) createdBy:
    string | null;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  @Column({ type: 'varchar', length: 120, name: 'approved_by', nullable: true }) approvedBy:
    string | null;
  @TimestampColumn({ name: 'approved_at', nullable: true }) approvedAt: Date | null;
  @TimestampColumn({ name: 'superseded_at', nullable: true }) supersededAt: Date | null;
}
