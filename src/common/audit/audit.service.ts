import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { Principal } from '../access/principal.js';
import { AuditEntry } from './audit-entry.entity.js';
import { type AuditEntryView, type AuditPageView, toAuditEntryView } from './audit-entry-view.js';
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

/** Column widths of audit_log (the entity's `length`s): a value longer than its column is cut. */
const WIDTH = {
  actorName: 120,
  actorRole: 32,
  action: 64,
  entity: 64,
  entityId: 128,
  requestId: 64,
  method: 8,
  path: 255,
};

/**
 * The audit log records refused attempts too, so what it writes comes from the
 * client: a 3,000-character path segment or a NUL (which PostgreSQL cannot store)
 * must still make a row, cut to its column and with the NUL shown as U+FFFD,
 * instead of failing the insert and turning the client's 400 into a 500.
 */
function fitToColumn(value: string | number | null | undefined, width: number): string | null {
  if (value == null) return null;
  return String(value).replaceAll('\u0000', '\uFFFD').slice(0, width);
}

function storableDetails(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replaceAll('\u0000', '\uFFFD');
  if (value === null || typeof value !== 'object' || depth > 16) return value;
  if (Array.isArray(value)) return value.map((v) => storableDetails(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [fitToColumn(k, 200), storableDetails(v, depth + 1)]),
  );
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
      actorName: fitToColumn(rec.actor?.name, WIDTH.actorName),
      actorRole: fitToColumn(rec.actor?.role, WIDTH.actorRole),
      action: fitToColumn(rec.action, WIDTH.action) as string,
      entity: fitToColumn(rec.entity, WIDTH.entity) as string,
      entityId: fitToColumn(rec.entityId, WIDTH.entityId),
      requestId: fitToColumn(rec.requestId, WIDTH.requestId),
      method: fitToColumn(rec.method, WIDTH.method),
      path: fitToColumn(rec.path, WIDTH.path),
      statusCode: rec.statusCode ?? null,
      details: storableDetails(rec.details ?? null) as AuditEntry['details'] & object,
    });
  }

  /** Rows of one action on these entities, oldest first (a subject's listens, exports, erasures). */
  async about(action: string, entity: string, ids: (string | number)[]): Promise<AuditEntryView[]> {
    if (ids.length === 0) return [];
    const rows = await this.entries.find({
      where: { action, entity, entityId: In(ids.map(String)) },
      order: { id: 'ASC' },
    });
    return rows.map(toAuditEntryView);
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
