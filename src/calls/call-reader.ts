import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Compliance, ComplianceStatus, TranscriptSegment } from '../compliance/index.js';
import { Call, type CallOutcome, type CallPurpose, type SaleStatus } from './call.entity.js';
import { toCallView, type CallView } from './call-view.js';

/**
 * A stored call as other modules see it: its recorded facts and verdicts as
 * plain data, never the entity. The calls' events carry the stored Call, which
 * has all of these, so a listener can type its argument as CallFacts.
 */
export interface CallFacts {
  id: number;
  externalId: string;
  agentId: number;
  agentCode: string;
  productId: number;
  productCode: string;
  scriptVersionId: number | null;
  scriptVersion: string | null;
  phone: string;
  purpose: CallPurpose;
  outcome: CallOutcome;
  startedAt: Date;
  localDate: string;
  durationSeconds: number;
  recordingFile: string | null;
  transcript: TranscriptSegment[] | null;
  /** The trial a confirmation call belongs to; a listener may set it on a sale it opened one for. */
  trialId: number | null;
  autoStatus: ComplianceStatus;
  autoCompliance: Compliance;
  engineVersion: string;
  finalStatus: ComplianceStatus;
  finalSource: 'automatic' | 'review';
  saleStatus: SaleStatus | null;
}

/** A call as a QA queue lists it: its public view and the checker's own status. */
export interface QueuedCall {
  view: CallView;
  autoStatus: ComplianceStatus;
}

/** What modules above calls may read of a stored call, optionally inside their own transaction. */
@Injectable()
export class CallReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byId(id: number, manager?: EntityManager): Promise<CallFacts | null> {
    const row = await (manager ?? this.db.manager).getRepository(Call).findOneBy({ id });
    return row ? callFacts(row) : null;
  }

  /** As byId, for a call the caller's own rows refer to (so it must exist). */
  async byIdOrFail(id: number, manager?: EntityManager): Promise<CallFacts> {
    return callFacts(
      await (manager ?? this.db.manager).getRepository(Call).findOneByOrFail({ id }),
    );
  }

  /** The listed views of these calls, by id (an unknown id is left out): QA's queue. */
  async listed(ids: readonly number[]): Promise<Map<number, QueuedCall>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.getRepository(Call).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((c) => [c.id, { view: toCallView(c), autoStatus: c.autoStatus }]));
  }

  /** The external ids of these calls, by id (an unknown id is left out): QA's calibration. */
  async externalIds(ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.getRepository(Call).find({
      select: { id: true, externalId: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(rows.map((c) => [c.id, c.externalId]));
  }
}

function callFacts(c: Call): CallFacts {
  return {
    id: c.id,
    externalId: c.externalId,
    agentId: c.agentId,
    agentCode: c.agentCode,
    productId: c.productId,
    productCode: c.productCode,
    scriptVersionId: c.scriptVersionId,
    scriptVersion: c.scriptVersion,
    phone: c.phone,
    purpose: c.purpose,
    outcome: c.outcome,
    startedAt: c.startedAt,
    localDate: c.localDate,
    durationSeconds: c.durationSeconds,
    recordingFile: c.recordingFile,
    transcript: c.transcript,
    trialId: c.trialId,
    autoStatus: c.autoStatus,
    autoCompliance: c.autoCompliance,
    engineVersion: c.engineVersion,
    finalStatus: c.finalStatus,
    finalSource: c.finalSource,
    saleStatus: c.saleStatus,
  };
}
