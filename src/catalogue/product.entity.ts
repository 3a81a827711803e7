import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns.js';

@Entity('products')
export class Product {
  @ApiProperty() @PrimaryGeneratedColumn() id: number;
  @ApiProperty() @Index({ unique: true }) @Column({ type: 'varchar', length: 32 }) code: string;
  @ApiProperty() @Column({ type: 'varchar', length: 120 }) name: string;
  /** Money is integer cents (分) on every dialect. */
  @ApiProperty({ description: 'Integer cents (分)' })
  @Column({ type: 'integer', name: 'monthly_fee_cents' })
  monthlyFeeCents: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null: no trial' })
  @Column({ type: 'integer', name: 'trial_days', nullable: true })
  trialDays: number | null;
  @ApiProperty()
  @Column({ type: 'varchar', length: 255, name: 'cancel_method' })
  cancelMethod: string;
  @ApiProperty() @TimestampColumn({ name: 'created_at' }) createdAt: Date;
}
