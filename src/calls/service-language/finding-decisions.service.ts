import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { NotFoundError } from '../../common/errors.js';
import { findingKey, tallyServiceLanguage } from '../../compliance/index.js';
import { applyLanguageTally } from '../call-evaluator.js';
import { Call } from '../call.entity.js';
import type { DecideFindingDto } from '../dto/decide-finding.dto.js';
import type { CallServiceLanguageView } from './finding-decision-view.js';
import { FindingDecisionRow } from './finding-decision.entity.js';
import { dismissedKeys } from './language-findings.js';
import { LanguageFinding } from './language-finding.entity.js';

/**
 * Inspectors confirm or dismiss a call's service-language findings. A
 * decision updates, in one transaction, the call's counted score and taboos
 * and the finding's row, so the weekly report counts only what was not dismissed.
 */
@Injectable()
export class FindingDecisions {
  constructor(
    @InjectRepository(Call) private readonly calls: Repository<Call>,
    @InjectRepository(FindingDecisionRow)
    private readonly decisions: Repository<FindingDecisionRow>,
  ) {}

  async view(callId: number): Promise<CallServiceLanguageView> {
    const call = await this.call(callId);
    const rows = await this.decisions.findBy({ callId });
    return toView(call, new Map(rows.map((r) => [r.findingKey, r])));
  }

  async decide(
    callId: number,
    dto: DecideFindingDto,
    by: Principal,
  ): Promise<CallServiceLanguageView> {
    const call = await this.call(callId);
    const findings = call.autoCompliance.serviceLanguage?.findings ?? [];
    if (!findings.some((f) => findingKey(f) === dto.key))
      throw new NotFoundError(
        `key: finding "${dto.key}" of call ${callId}`,
        'SERVICE_LANGUAGE_FINDING_NOT_FOUND',
      );
    await this.calls.manager.transaction(async (tx) => {
      await this.record(tx, callId, dto, by);
      const dismissed = await dismissedKeys(tx, callId);
      applyLanguageTally(call, dismissed);
      await tx
        .getRepository(Call)
        .update(callId, { slScore: call.slScore, slTaboos: call.slTaboos });
      await tx
        .getRepository(LanguageFinding)
        .update({ callId, findingKey: dto.key }, { dismissed: dismissed.has(dto.key) });
    });
    return this.view(callId);
  }

  /** One row per finding: a later decision replaces the earlier one (the audit log keeps both). */
  private async record(tx: EntityManager, callId: number, dto: DecideFindingDto, by: Principal) {
    const repo = tx.getRepository(FindingDecisionRow);
    const values = {
      decision: dto.decision,
      note: dto.note?.trim() ? dto.note.trim() : null,
      decidedById: by.id,
      decidedByName: by.name.slice(0, 120),
      decidedAt: new Date(),
    };
    // Two inspectors at once: the unique (call, finding) makes the later one win, never a 500.
    await repo.upsert({ callId, findingKey: dto.key, ...values }, ['callId', 'findingKey']);
  }

  private async call(id: number): Promise<Call> {
    const call = await this.calls.findOneBy({ id });
    if (!call) throw new NotFoundError(`call ${id}`);
    return call;
  }
}

function toView(call: Call, decided: Map<string, FindingDecisionRow>): CallServiceLanguageView {
  const sl = call.autoCompliance.serviceLanguage;
  const dismissed = new Set(
    [...decided.values()].filter((d) => d.decision === 'dismissed').map((d) => d.findingKey),
  );
  return {
    callId: call.id,
    score: sl?.score ?? null,
    countedScore: tallyServiceLanguage(sl, dismissed).score,
    findings: (sl?.findings ?? []).map((f) => {
      const key = findingKey(f);
      const d = decided.get(key);
      return {
        ...f,
        key,
        decision: d
          ? {
              decision: d.decision,
              note: d.note,
              decidedBy: { id: d.decidedById, name: d.decidedByName },
              decidedAt: d.decidedAt.toISOString(),
            }
          : null,
      };
    }),
  };
}
