import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { validateSync } from 'class-validator';
import { Repository } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import { TimeSlice } from '../../common/event-loop/time-slice.js';
import { AppConfig } from '../../config/app-config.js';
import { LedgerService, SaleTermsMemo } from '../../ledger/index.js';
import { BulkSql } from '../../database/bulk-sql.js';
import { prepareCall, type PreparedCall } from '../call-builder.js';
import { applyVerdict } from '../call-evaluator.js';
import { writeLanguageFindings } from '../service-language/language-findings.js';
import { CheckerPool } from '../checking/checker-pool.js';
import type { Compliance, PhraseList } from '../../compliance/index.js';
import { ServiceLanguagePhrases } from '../service-language/service-language-phrases.js';
import { CallEvents } from '../call-events.js';
import { CallReferenceResolverFactory, type CallReferenceResolver } from '../call-references.js';
import { Call } from '../call.entity.js';
import { writeStandardResults } from '../standard-results.js';
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

type PreparedRow = PreparedCall & { line: number };

/** A batch of rows and its verdicts, in row order, still being computed. */
interface CheckedBatch {
  rows: PreparedRow[];
  verdicts: Promise<Compliance[]>;
}

const BATCH = 100;
const MAX_REPORTED_ERRORS = 1_000;

/**
 * Bulk import: every good row lands, every bad row is reported with its line,
 * and a re-run of the same file changes nothing. Rows are validated on this
 * thread, checked on the checker's worker threads, then written a batch per
 * transaction.
 */
@Injectable()
export class CallImporter {
  constructor(
    @InjectRepository(Call) private readonly calls: Repository<Call>,
    private readonly resolvers: CallReferenceResolverFactory,
    private readonly config: AppConfig,
    private readonly events: CallEvents,
    private readonly trials: TrialLookup,
    private readonly checkers: CheckerPool,
    private readonly phrases: ServiceLanguagePhrases,
    private readonly ledger: LedgerService,
  ) {}

  async run(records: AsyncIterable<ImportRecord>): Promise<ImportReport> {
    const report: ImportReport = { rows: 0, created: 0, unchanged: 0, failed: 0, errors: [] };
    const resolver = this.resolvers.create();
    // One list for the whole import, so every row of a file is judged alike.
    const phrases = await this.phrases.current();
    const terms = new SaleTermsMemo();
    let batch: PreparedRow[] = [];
    // While one batch waits for its verdicts and is written (worker threads, then
    // database I/O on libuv's pool), this thread validates the next. A batch's
    // lookup starts only after the previous batch committed, so idempotency and
    // conflicts see every earlier row.
    let inflight: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    const write = async (rows: PreparedRow[]) => {
      const checked = this.check(rows, phrases);
      await inflight;
      if (failure) throw failure;
      inflight = this.flush(checked, report, terms).catch((err) => {
        failure = err;
      });
    };
    // The API shares this thread: give it a turn every few milliseconds of work.
    const slice = new TimeSlice();
    for await (const rec of records) {
      await slice.pause();
      report.rows += 1;
      const built = await this.prepare(rec, resolver);
      if (built.prepared) batch.push({ line: rec.line, ...built.prepared });
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

  private async prepare(
    rec: ImportRecord,
    resolver: CallReferenceResolver,
  ): Promise<{ prepared?: PreparedCall; error?: string; externalId?: string }> {
    if (rec.error || !rec.record) return { error: rec.error ?? 'empty row' };
    const externalId =
      typeof rec.record.externalId === 'string' ? rec.record.externalId : undefined;
    // The record was just parsed, so an instance for class-validator is all that
    // plainToInstance would add (a call has no nested classes), at a sixth of the cost.
    const dto = Object.assign(new CreateCallDto(), rec.record);
    const problems = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
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
      return { prepared: prepareCall(dto, refs, ctx) };
    } catch (err) {
      if (err instanceof DomainError) return { error: err.message, externalId };
      throw err;
    }
  }

  /** Starts the batch's checks; the verdicts are awaited when the batch is written. */
  private check(rows: PreparedRow[], phrases: PhraseList): CheckedBatch {
    const verdicts = this.checkers.checkAll(
      rows.map((r) => r.checks),
      phrases,
    );
    // Awaited in flush; until then, keep a failure from counting as unhandled.
    verdicts.catch(() => undefined);
    return { rows, verdicts };
  }

  private async flush(
    { rows: batch, verdicts: pending }: CheckedBatch,
    report: ImportReport,
    terms: SaleTermsMemo,
  ): Promise<void> {
    if (batch.length === 0) return;
    const verdicts = await pending;
    const at = new Date();
    batch.forEach((row, i) => applyVerdict(row.call, verdicts[i], at));
    const existing = await new BulkSql(this.calls.manager).whereIn<{ key: string; hash: string }>(
      Call,
      'external_id AS key, content_hash AS hash',
      'external_id',
      batch.map((b) => b.call.externalId),
    );
    const stored = new Map(existing.map((c) => [c.key, c.hash]));
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
    if (fresh.length === 0) return;
    await this.calls.manager.transaction(async (tx) => {
      const sql = new BulkSql(tx);
      await sql.insertEntities(Call, fresh);
      const listened = this.events.has('stored');
      const sales = fresh.some((c) => c.outcome === 'sale');
      const found = fresh.filter(
        (c) => (c.autoCompliance.serviceLanguage?.findings.length ?? 0) > 0,
      );
      // Every call has per-standard rows now, so its generated id is always needed.
      await this.readIds(sql, fresh);
      await writeStandardResults(tx, fresh);
      await writeLanguageFindings(tx, found);
      // The batch's sales are chained in one statement, in the batch's own transaction.
      if (sales) await this.ledger.appendSales(tx, fresh, terms);
      if (listened) await this.events.emit('stored', fresh, tx);
    });
    report.created += fresh.length;
  }

  /** A multi-row insert does not report its generated ids on SQLite, so read them back by externalId. */
  private async readIds(sql: BulkSql, fresh: Call[]): Promise<void> {
    const rows = await sql.whereIn<{ id: number; key: string }>(
      Call,
      'id, external_id AS key',
      'external_id',
      fresh.map((c) => c.externalId),
    );
    const ids = new Map(rows.map((r) => [r.key, Number(r.id)]));
    for (const call of fresh) call.id = ids.get(call.externalId)!;
  }

  private fail(report: ImportReport, line: number, message: string, externalId?: string): void {
    report.failed += 1;
    if (report.errors.length < MAX_REPORTED_ERRORS)
      report.errors.push({ line, externalId, message });
  }
}
