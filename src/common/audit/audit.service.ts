import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../auth/principal.js';
import { AuditEntry } from './audit-entry.entity.js';
import { type AuditPageView, toAuditEntryView } from './audit-entry-view.js';
import { AuditQueryDto } from './audit-query.dto.js';

export interface AuditRecord {
  actor?: Principal | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  requestId?: string | null;
  method?: string | null;
  path?: string | null;
  statusCode?: number | null;
  details?: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Pass the transaction's manager when the audited change is written in one. */
  async record(rec: AuditRecord, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEntry) : this.entries;
    await repo.insert({
      at: new Date(),
      actorId: rec.actor?.id ?? null,
      actorName: rec.actor?.name ?? null,
      actorRole: rec.actor?.role ?? null,
      action: rec.action,
      entity: rec.entity,
      entityId: rec.entityId == null ? null : String(rec.entityId),
      requestId: rec.requestId ?? null,
      method: rec.method ?? null,
      path: rec.path ?? null,
      statusCode: rec.statusCode ?? null,
      details: (rec.details ?? null) as AuditEntry['details'] & object,
    });
  }

  async list(q: AuditQueryDto): Promise<AuditPageView> {
    const limit = q.limit ?? 100;
    const qb = this.entries
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .take(limit + 1);
    if (q.cursor) qb.andWhere('a.id < :cursor', { cursor: q.cursor });
    if (q.action) qb.andWhere('a.action = :action', { action: q.action });
    if (q.entity) qb.andWhere('a.entity = :entity', { entity: q.entity });
    if (q.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: q.entityId });
    if (q.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: q.actorId });
    if (q.from) qb.andWhere('a.at >= :from', { from: new Date(q.from).toISOString() });
    if (q.to) qb.andWhere('a.at < :to', { to: new Date(q.to).toISOString() });
    const rows = await qb.getMany();
    const items = rows.slice(0, limit);
    return {
      items: items.map(toAuditEntryView),
      nextCursor: rows.length > limit ? items[items.length - 1].id : null,
    };
  }
}
