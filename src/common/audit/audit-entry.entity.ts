import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn, TimestampColumn } from '../../database/columns.js';

@Entity('audit_log')
@Index(['entity', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn() id: number;
  @Index() @TimestampColumn() at: Date;
  @Column({ type: 'integer', name: 'actor_id', nullable: true }) actorId: number | null;
  @Column({ type: 'varchar', length: 120, name: 'actor_name', nullable: true }) actorName:
    string | null;
  @Column({ type: 'varchar', length: 32, name: 'actor_role', nullable: true }) actorRole:
    string | null;
  @Index() @Column({ type: 'varchar', length: 64 }) action: string;
  @Column({ type: 'varchar', length: 64 }) entity: string;
  @Column({ type: 'varchar', length: 128, name: 'entity_id', nullable: true }) entityId:
    string | null;
  @Column({ type: 'varchar', length: 64, name: 'request_id', nullable: true }) requestId:
    string | null;
  @Column({ type: 'varchar', length: 8, nullable: true }) method: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) path: string | null;
  @Column({ type: 'integer', name: 'status_code', nullable: true }) statusCode: number | null;
  @JsonColumn({ nullable: true }) details: Record<string, unknown> | null;
}
