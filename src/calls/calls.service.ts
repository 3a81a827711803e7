import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { CatalogueEvents } from '../catalogue/catalogue-events.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { normalizePhone } from '../common/phone/normalize-phone.js';
import { AppConfig } from '../config/app-config.js';
import { LedgerService } from '../ledger/index.js';
import { MAX_ID } from '../common/validation/row-id.js';
import { isUniqueViolation } from '../database/scheduler-lock.js';
import { buildCall } from './call-builder.js';
import { ServiceLanguagePhrases } from './service-language/service-language-phrases.js';
import { dismissedKeys, writeLanguageFindings } from './service-language/language-findings.js';
import { CallEvents } from './call-events.js';
import { applyVerdict, gateSale, runChecker } from './call-evaluator.js';
import { CallReferenceResolverFactory, type CallReferenceResolver } from './call-references.js';
import { Call } from './call.entity.js';
import { CallStandardResult } from './call-standard-result.entity.js';
import { writeStandardResults } from './standard-results.js';
import { quotedTable } from '../database/bulk-sql.js';
import { CreateCallDto } from './dto/create-call.dto.js';
import { ListCallsQuery } from './dto/list-calls.dto.js';
import { TrialLookup } from './trial-lookup.js';

export type IngestResult = { call: Call; created: boolean };

@Injectable()
export class CallsService implements OnModuleInit {
  private readonly logger = new Logger(CallsService.name);

  constructor(
    @InjectRepository(Call) private readonly calls: Repository<Call>,
    private readonly resolvers: CallReferenceResolverFactory,
    private readonly config: AppConfig,
    private readonly approvals: CatalogueEvents,
    private readonly events: CallEvents,
    private readonly trials: TrialLookup,
    private readonly phrases: ServiceLanguagePhrases,
    private readonly ledger: LedgerService,
  ) {}

  onModuleInit(): void {
    this.approvals.on('scriptApproved', async (script) => {
      await this.reevaluateScript(script);
    });
  }

  /** Idempotent on externalId: same content → the stored call; other content → 409. */
  async ingest(
    dto: CreateCallDto,
    resolver: CallReferenceResolver = this.resolvers.create(),
  ): Promise<IngestResult> {
    const existing = await this.calls.findOneBy({ externalId: dto.externalId });
    const refs = await resolver.resolve(dto);
    const trialEnd = await this.trials.trialEndFor(dto);
    const call = buildCall(
      dto,
      refs,
      { now: new Date(), timeZone: this.config.timeZone, trialEnd },
      await this.phrases.current(),
    );
    if (existing) return { call: sameOr409(existing, call), created: false };
    try {
      const saved = await this.calls.manager.transaction(async (tx) => {
        const stored = await tx.getRepository(Call).save(call);
        await writeStandardResults(tx, [stored]);
        await writeLanguageFindings(tx, [stored]);
        await this.ledger.appendSales(tx, [stored]);
        await this.events.emit('stored', [stored], tx);
        return stored;
      });
      return { call: saved, created: true };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const raced = await this.calls.findOneByOrFail({ externalId: dto.externalId });
      return { call: sameOr409(raced, call), created: false };
    }
  }

  async get(id: number): Promise<Call> {
    const call = await this.calls.findOneBy({ id });
    if (!call) throw new NotFoundError(`call ${id}`);
    return call;
  }

  /**
   * A call by the reference a person types or a link carries: its id, or its
   * externalId (e.g. FX-0029). Digits alone are tried as an id first, then as
   * an externalId, so an all-digit externalId still resolves unless it is
   * also some call's id. Null when neither matches.
   */
  async findByRef(ref: string): Promise<Call | null> {
    // Beyond MAX_ID PostgreSQL would answer an overflow error, not "no such row".
    if (/^\d{1,10}$/.test(ref) && Number(ref) <= MAX_ID) {
      const byId = await this.calls.findOneBy({ id: Number(ref) });
      if (byId) return byId;
    }
    return this.calls.findOneBy({ externalId: ref });
  }

  async list(q: ListCallsQuery): Promise<{ items: Call[]; nextCursor: number | null }> {
    const limit = q.limit ?? 50;
    const qb = this.calls
      .createQueryBuilder('c')
      .orderBy('c.id', 'DESC')
      .take(limit + 1);
    if (q.cursor) qb.andWhere('c.id < :cursor', { cursor: q.cursor });
    if (q.from) qb.andWhere('c.local_date >= :from', { from: q.from });
    if (q.to) qb.andWhere('c.local_date <= :to', { to: q.to });
    if (q.agentCode) qb.andWhere('c.agent_code = :agent', { agent: q.agentCode });
    if (q.productCode) qb.andWhere('c.product_code = :product', { product: q.productCode });
    if (q.phone) qb.andWhere('c.phone = :phone', { phone: normalizePhone(q.phone) ?? q.phone });
    if (q.purpose) qb.andWhere('c.purpose = :purpose', { purpose: q.purpose });
    if (q.outcome) qb.andWhere('c.outcome = :outcome', { outcome: q.outcome });
    if (q.status) qb.andWhere('c.final_status = :status', { status: q.status });
    if (q.failed)
      qb.andWhere(
        `EXISTS (SELECT 1 FROM ${quotedTable(this.calls.manager, CallStandardResult)} f ` +
          `WHERE f.call_id = c.id AND f.standard = :failed AND f.result = 'fail')`,
        { failed: q.failed },
      );
    const rows = await qb.getMany();
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }

  /** Re-runs the current engine on a stored call; a human review's verdict stays final. */
  async reevaluate(id: number): Promise<Call> {
    const call = await this.get(id);
    const refs = await this.resolvers
      .create()
      .resolve({ productCode: call.productCode, scriptVersion: call.scriptVersion });
    const compliance = runChecker(
      {
        ...call,
        product: refs.product,
        script: refs.script,
        trialEnd: await this.trials.trialEndFor(call).catch(() => null),
        timeZone: this.config.timeZone,
      },
      await this.phrases.current(),
    );
    const before = call.finalStatus;
    // An inspector's dismissals stay for the findings the new verdict still makes.
    const dismissed = await dismissedKeys(this.calls.manager, call.id);
    applyVerdict(call, compliance, new Date(), dismissed);
    return this.calls.manager.transaction(async (tx) => {
      const saved = await this.saveVerdict(call, before, tx);
      await writeStandardResults(tx, [saved]);
      await writeLanguageFindings(tx, [saved], { replace: true, dismissed });
      return saved;
    });
  }

  /**
   * A human review decides the final verdict (the automatic one stays beside
   * it). Pass the manager when the review is written in the same transaction.
   */
  async setReviewedVerdict(
    callId: number,
    status: 'valid' | 'invalid',
    manager?: EntityManager,
  ): Promise<Call> {
    const run = async (tx: EntityManager) => {
      const call = await tx.getRepository(Call).findOneByOrFail({ id: callId });
      const before = call.finalStatus;
      call.finalStatus = status;
      call.finalSource = 'review';
      gateSale(call);
      return this.saveVerdict(call, before, tx);
    };
    return manager ? run(manager) : this.calls.manager.transaction(run);
  }

  /**
   * The outcome of a remedial call-back on a sale a review held: cancelled when
   * the customer did not agree to it, activated when they did. The final
   * verdict stays as the review left it (the original call was still invalid).
   */
  async settleHeldSale(callId: number, customerAgreed: boolean, manager: EntityManager) {
    const call = await manager.getRepository(Call).findOneByOrFail({ id: callId });
    const status = customerAgreed ? 'activated' : 'cancelled';
    if (call.outcome !== 'sale' || call.saleStatus === 'cancelled' || call.saleStatus === status)
      return call;
    call.saleStatus = status;
    const saved = await manager.getRepository(Call).save(call);
    await this.ledger.append(manager, {
      kind: customerAgreed ? 'reinstatement' : 'cancellation',
      subject: `call:${call.id}`,
      phone: call.phone,
      payload: {
        callId: call.id,
        externalId: call.externalId,
        saleStatus: status,
        reason: customerAgreed
          ? 'a valid remedial call-back confirmed the held sale'
          : 'the customer did not agree on the remedial call-back',
      },
    });
    if (customerAgreed) await this.events.emit('saleReinstated', saved, manager);
    else await this.events.emit('saleCancelled', saved, manager);
    return saved;
  }

  private async saveVerdict(call: Call, before: string, manager?: EntityManager): Promise<Call> {
    const run = async (tx: EntityManager) => {
      const saved = await tx.getRepository(Call).save(call);
      if (saved.finalStatus !== before) await this.events.emit('finalVerdictChanged', saved, tx);
      return saved;
    };
    return manager ? run(manager) : this.calls.manager.transaction(run);
  }

  /** A newly approved script version re-evaluates the calls that used it (in id order, in batches). */
  async reevaluateScript(script: { id: number; version: string }): Promise<number> {
    let lastId = 0;
    let count = 0;
    for (;;) {
      const batch = await this.calls
        .createQueryBuilder('c')
        .select('c.id', 'id')
        .where('c.script_version_id = :sid AND c.id > :lastId', { sid: script.id, lastId })
        .orderBy('c.id', 'ASC')
        .limit(500)
        .getRawMany<{ id: number }>();
      if (batch.length === 0) break;
      for (const { id } of batch) await this.reevaluate(Number(id));
      lastId = Number(batch[batch.length - 1].id);
      count += batch.length;
    }
    if (count > 0)
      this.logger.log(`Re-evaluated ${count} calls after approval of script ${script.version}`);
    return count;
  }
}

function sameOr409(stored: Call, incoming: Call): Call {
  if (stored.contentHash !== incoming.contentHash) {
    throw new ConflictError(
      `externalId ${stored.externalId} was already stored with different content`,
    );
  }
  return stored;
}
