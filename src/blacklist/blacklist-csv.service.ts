import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/access/principal.js';
import { readCsv, spreadsheetSafe } from '../common/csv/read-csv.js';
import { DomainError } from '../common/errors.js';
import { TimeSlice } from '../common/event-loop/time-slice.js';
import { AppConfig } from '../config/app-config.js';
import { BlacklistNumber } from './blacklist-number.entity.js';
import { BlacklistService } from './blacklist.service.js';
import type { BlacklistImportReport } from './blacklist-import-report.js';

interface ImportRow {
  line: number;
  phone: string;
  reason: string;
}

/** Rows per transaction. */
const BATCH = 250;

/**
 * Carrier-supplied lists in (CSV: `phone` column or the first, optional
 * `reason`), the active list out for auditors. Both streamed.
 */
@Injectable()
export class BlacklistCsvService {
  constructor(
    private readonly blacklist: BlacklistService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async import(
    input: Readable,
    actor: Principal,
    defaultReason: string,
  ): Promise<BlacklistImportReport> {
    const report: BlacklistImportReport = {
      rows: 0,
      added: 0,
      unchanged: 0,
      failed: 0,
      errors: [],
    };
    const rows = readCsv<string[]>(input, { maxRecordBytes: this.config.jsonBodyLimitBytes });
    const slice = new TimeSlice();
    let columns: { phoneAt: number; reasonAt: number } | null = null;
    let batch: ImportRow[] = [];
    for await (const row of rows) {
      await slice.pause();
      if (row.error !== undefined) {
        this.fail(report, row.line, row.error);
        continue;
      }
      const fields = row.record;
      if (!columns) {
        const names = fields.map((f) => f.toLowerCase());
        columns = {
          phoneAt: Math.max(0, names.indexOf('phone')),
          reasonAt: names.indexOf('reason'),
        };
        continue;
      }
      report.rows += 1;
      try {
        // Normalised before the batch's transaction, so a bad number never rolls back good ones.
        const phone = this.blacklist.normalize(fields[columns.phoneAt] ?? '');
        const reason = (columns.reasonAt >= 0 && fields[columns.reasonAt]) || defaultReason;
        batch.push({ line: row.line, phone, reason });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        this.fail(report, row.line, err.message);
      }
      if (batch.length >= BATCH) {
        await this.write(batch, actor, report);
        batch = [];
      }
    }
    await this.write(batch, actor, report);
    return report;
  }

  /**
   * One transaction per batch: on SQLite a commit per row held the import to
   * about 200 rows a second. A row its listeners refuse (a DomainError) would
   * roll back the whole batch, so then the batch is written again row by row
   * and only that row is reported.
   */
  private async write(batch: ImportRow[], actor: Principal, report: BlacklistImportReport) {
    if (batch.length === 0) return;
    const add = (row: ImportRow, tx: EntityManager) =>
      this.blacklist.add(row.phone, { reason: row.reason, source: 'import', actor }, tx);
    try {
      const added = await this.db.transaction(async (tx) => {
        let count = 0;
        for (const row of batch) if ((await add(row, tx)).added) count += 1;
        return count;
      });
      report.added += added;
      report.unchanged += batch.length - added;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      for (const row of batch) {
        try {
          const { added } = await this.db.transaction((tx) => add(row, tx));
          if (added) report.added += 1;
          else report.unchanged += 1;
        } catch (rowErr) {
          if (!(rowErr instanceof DomainError)) throw rowErr;
          this.fail(report, row.line, rowErr.message);
        }
      }
    }
  }

  private fail(report: BlacklistImportReport, line: number, message: string): void {
    report.failed += 1;
    if (report.errors.length < 1000) report.errors.push({ line, message });
  }

  /** `show` turns each stored number into what the viewer may see (masked for non-diallers). */
  async export(out: Writable, show: (phone: string) => string = (p) => p): Promise<void> {
    const repo = this.db.getRepository(BlacklistNumber);
    async function* rows() {
      yield ['phone', 'since', 'source', 'reason', 'complaintId'];
      let last = '';
      for (;;) {
        const page = await repo
          .createQueryBuilder('b')
          .where('b.active = :active AND b.phone > :last', { active: true, last })
          .orderBy('b.phone', 'ASC')
          .limit(5_000)
          .getMany();
        if (page.length === 0) return;
        for (const b of page)
          yield [show(b.phone), b.since.toISOString(), b.source, b.reason, b.complaintId ?? ''];
        last = page[page.length - 1].phone;
      }
    }
    // Reasons are free text typed by staff or carriers: never let one run as a formula.
    await pipeline(rows(), stringify({ cast: { string: (v) => String(spreadsheetSafe(v)) } }), out);
  }
}
