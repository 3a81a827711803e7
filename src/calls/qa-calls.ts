import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, Repository } from 'typeorm';
import type { ComplianceStatus, RuleResult, Standard } from '../compliance/index.js';
import { Call, type CallPurpose } from './call.entity.js';
import { toCallView, type CallView } from './call-view.js';
import { checkerResults } from './standard-results.js';

/**
 * What a module above calls (QA's reviews and call-backs) needs to know of one
 * call: plain facts, copied out of the row, so it never holds the entity.
 */
export interface ReviewedCall {
  id: number;
  externalId: string;
  phone: string;
  agentCode: string;
  productCode: string;
  purpose: CallPurpose;
  startedAt: Date;
  /** The checker's verdict, and its result per standard of the registry. */
  autoStatus: ComplianceStatus;
  checker: Record<Standard, RuleResult>;
  engineVersion: string;
  /** Human review over automatic. */
  finalStatus: ComplianceStatus;
}

/** A call as a QA queue lists it: its public view and the checker's own status. */
export interface QueuedCall {
  view: CallView;
  autoStatus: ComplianceStatus;
}

/**
 * Calls' side of QA: the facts a review or a call-back needs of its call (read
 * in the caller's transaction) and the views a queue or calibration lists.
 */
@Injectable()
export class QaCalls {
  constructor(@InjectRepository(Call) private readonly calls: Repository<Call>) {}

  /** One call's facts, read in the caller's transaction; null when there is no such call. */
  async facts(tx: EntityManager, id: number): Promise<ReviewedCall | null> {
    const call = await tx.getRepository(Call).findOneBy({ id });
    return call && toFacts(call);
  }

  /** As facts(), for a call the caller's own rows refer to (so it must exist). */
  async factsOrFail(tx: EntityManager, id: number): Promise<ReviewedCall> {
    return toFacts(await tx.getRepository(Call).findOneByOrFail({ id }));
  }

  /** The listed views of these calls, by id (an unknown id is left out). */
  async listed(ids: readonly number[]): Promise<Map<number, QueuedCall>> {
    if (ids.length === 0) return new Map();
    const rows = await this.calls.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((c) => [c.id, { view: toCallView(c), autoStatus: c.autoStatus }]));
  }

  /** The external ids of these calls, by id (an unknown id is left out). */
  async externalIds(ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.calls.find({
      select: { id: true, externalId: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(rows.map((c) => [c.id, c.externalId]));
  }
}

function toFacts(call: Call): ReviewedCall {
  return {
    id: call.id,
    externalId: call.externalId,
    phone: call.phone,
    agentCode: call.agentCode,
    productCode: call.productCode,
    purpose: call.purpose,
    startedAt: call.startedAt,
    autoStatus: call.autoStatus,
    checker: checkerResults(call),
    engineVersion: call.engineVersion,
    finalStatus: call.finalStatus,
  };
}
