import { Injectable } from '@nestjs/common';
import type { FindOptionsWhere, Repository } from 'typeorm';
import type { Principal } from '../access/principal.js';
import type { Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import type { PhoneKind } from './phone-kinds.js';
import type { PhoneRevealView } from './phone-reveal-view.js';

export interface PhoneSource {
  /** Who may read the record itself (its GET route's roles): a reveal never widens that. */
  readers: Role[];
  /** The record's number, or null when there is no such record. */
  find(id: number): Promise<string | null>;
}

/** The lookup every source has so far: the `phone` column of the row with that id. */
export function phoneColumn<T extends { id: number; phone: string }>(
  repo: Repository<T>,
): PhoneSource['find'] {
  return async (id) => {
    const row = await repo.findOne({
      select: { id: true, phone: true } as never,
      where: { id } as FindOptionsWhere<T>,
    });
    return row?.phone ?? null;
  };
}

/**
 * The audited reveal: common cannot import the modules that own calls,
 * complaints and trials, so each registers how to find its record's number
 * (the port pattern of TrialLookup), and every reveal writes one audit row,
 * entity and id as a recording listen writes them.
 */
@Injectable()
export class PhoneReveals {
  private readonly sources = new Map<PhoneKind, PhoneSource>();

  constructor(private readonly audit: AuditService) {}

  register(kind: PhoneKind, source: PhoneSource): void {
    this.sources.set(kind, source);
  }

  async reveal(
    req: { kind: PhoneKind; id: number; reason?: string },
    viewer: Principal,
    requestId: string,
  ): Promise<PhoneRevealView> {
    const source = this.sources.get(req.kind);
    if (!source) throw new NotFoundError(`${req.kind} ${req.id}`);
    if (viewer.role !== 'admin' && !source.readers.includes(viewer.role))
      throw new ForbiddenError(`kind: a ${viewer.role} may not read a ${req.kind}`);
    const phone = await source.find(req.id);
    if (phone === null) throw new NotFoundError(`${req.kind} ${req.id}`);
    await this.audit.record({
      actor: viewer,
      action: 'phone.reveal',
      entity: req.kind,
      entityId: req.id,
      requestId,
      method: 'POST',
      path: '/api/phones/reveal',
      statusCode: 200,
      details: { reason: req.reason ?? null },
    });
    return { kind: req.kind, id: req.id, phone };
  }
}
