import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';

@Entity('products')
export class Product {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'varchar', length: 120 }) name: string;
  /** Money is integer cents (分) on every dialect. */
  @Column({ type: 'integer', name: 'monthly_fee_cents' }) monthlyFeeCents: number;
  @Column({ type: 'integer', name: 'trial_days', nullable: true }) trialDays: number | null;
  @Column({ type: 'varchar', length: 255, name: 'cancel_method' }) cancelMethod: string;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
}
