import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { EntityManager, In, Repository } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { buildCall } from '../call-builder.js';
import { CallEvents } from '../call-events.js';
import { CallReferenceResolverFactory, type CallReferenceResolver } from '../call-references.js';
import { Call } from '../call.entity.js';
import { CreateCallDto } from '../dto/create-call.dto.js';
import { TrialLookup } from '../trial-lookup.js';
import type { ImportRecord } from './import-records.js';

export interface ImportReport {
  rows: number;
  created: number;
  unchanged: number;
  failed: number;
  errors: { line: number; externalId?: string; message: string }[];
}

const BATCH = 250;
const MAX_REPORTED_ERRORS = 1_000;

/**
 * Bulk import: every good row lands, every bad row is reported with its line,
 * and a re-run of the same file changes nothing. Rows are validated and
 * checked one by one, then written a batch per transaction.
 */
@Injectable()
export class CallImporter {
  constructor(
    @InjectRepository(Call) private readonly calls: Repository<Call>,
    private readonly resolvers: CallReferenceResolverFactory,
    private readonly config: AppConfig,
    private readonly events: CallEvents,
    private readonly trials: TrialLookup,
  ) {}

  async run(records: AsyncIterable<ImportRecord>): Promise<ImportReport> {
    const report: ImportReport = { rows: 0, created: 0, unchanged: 0, failed: 0, errors: [] };
    const resolver = this.resolvers.create();
    let batch: { line: number; call: Call }[] = [];
    // One batch is written (database I/O on libuv's pool) while the next is being
    // checked (CPU on this thread). A batch's lookup starts only after the previous
    // batch committed, so idempotency and conflicts see every earlier row.
    let inflight: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    const write = async (rows: { line: number; call: Call }[]) => {
      await inflight;
      if (failure) throw failure;
      inflight = this.flush(rows, report).catch((err) => {
        failure = err;
      });
    };
    for await (const rec of records) {
      report.rows += 1;
      const built = await this.build(rec, resolver);
      if (built.call) batch.push({ line: rec.line, call: built.call });
      else this.fail(report, rec.line, built.error ?? 'invalid row', built.externalId);
      if (batch.length >= BATCH) {
        await write(batch);
        batch = [];
      }
    }
    await write(batch);
    await inflight;
    if (failure) throw failure;
    return report;
  }

  private async build(
    rec: ImportRecord,
    resolver: CallReferenceResolver,
  ): Promise<{ call?: Call; error?: string; externalId?: string }> {
    if (rec.error || !rec.record) return { error: rec.error ?? 'empty row' };
    const externalId =
      typeof rec.record.externalId === 'string' ? rec.record.externalId : undefined;
    const dto = plainToInstance(CreateCallDto, rec.record);
    const problems = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (problems.length > 0) {
      const messages = problems.flatMap((p) =>
        Object.values(p.constraints ?? { [p.property]: `${p.property} is invalid` }),
      );
      return { error: messages.join('; '), externalId };
    }
    try {
      const refs = await resolver.resolve(dto);
      const trialEnd = await this.trials.trialEndFor(dto);
      const ctx = { now: new Date(), timeZone: this.config.timeZone, trialEnd };
      return { call: buildCall(dto, refs, ctx) };
    } catch (err) {
      if (err instanceof DomainError) return { error: err.message, externalId };
      throw err;
    }
  }

  private async flush(batch: { line: number; call: Call }[], report: ImportReport): Promise<void> {
    if (batch.length === 0) return;
    const ids = batch.map((b) => b.call.externalId);
    const existing = await this.calls.find({
      select: { externalId: true, contentHash: true },
      where: { externalId: In(ids) },
    });
    const stored = new Map(existing.map((c) => [c.externalId, c.contentHash]));
    const fresh: Call[] = [];
    for (const { line, call } of batch) {
      const hash = stored.get(call.externalId);
      if (hash === undefined) {
        stored.set(call.externalId, call.contentHash);
        fresh.push(call);
      } else if (hash === call.contentHash) {
        report.unchanged += 1;
      } else {
        this.fail(
          report,
          line,
          `externalId ${call.externalId} was already stored with different content`,
          call.externalId,
        );
      }
    }
    if (fresh.length > 0) {
      await this.calls.manager.transaction(async (tx) => {
        await tx.getRepository(Call).insert(fresh);
        if (this.events.hasStoredListeners) await this.emitStored(fresh, tx);
      });
      report.created += fresh.length;
    }
  }

  /** A multi-row insert does not report every generated id on SQLite, so read them back by externalId. */
  private async emitStored(fresh: Call[], tx: EntityManager): Promise<void> {
    const rows = await tx.getRepository(Call).find({
      select: { id: true, externalId: true },
      where: { externalId: In(fresh.map((c) => c.externalId)) },
    });
    const ids = new Map(rows.map((r) => [r.externalId, r.id]));
    for (const call of fresh) {
      call.id = ids.get(call.externalId)!;
      await this.events.emitStored(call, tx);
    }
  }

  private fail(report: ImportReport, line: number, message: string, externalId?: string): void {
    report.failed += 1;
    if (report.errors.length < MAX_REPORTED_ERRORS)
      report.errors.push({ line, externalId, message });
  }
}
