import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/access/principal.js';
import { readCsv, spreadsheetSafe } from '../common/csv/read-csv.js';
import { DomainError } from '../common/errors.js';
import { AppConfig } from '../config/app-config.js';
import { BlacklistNumber } from './blacklist-number.entity.js';
import { BlacklistService } from './blacklist.service.js';
import type { BlacklistImportReport } from './blacklist-import-report.js';

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
    let phoneAt = 0;
    let reasonAt = -1;
    let header = true;
    for await (const row of rows) {
      if (row.error !== undefined) {
        this.fail(report, row.line, row.error);
        continue;
      }
      const fields = row.record;
      if (header) {
        header = false;
        const names = fields.map((f) => f.toLowerCase());
        phoneAt = Math.max(0, names.indexOf('phone'));
        reasonAt = names.indexOf('reason');
        continue;
      }
      report.rows += 1;
      const line = row.line;
      try {
        const reason = (reasonAt >= 0 && fields[reasonAt]) || defaultReason;
        const { added } = await this.blacklist.add(fields[phoneAt] ?? '', {
          reason,
          source: 'import',
          actor,
        });
        if (added) report.added += 1;
        else report.unchanged += 1;
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        this.fail(report, line, err.message);
      }
    }
    return report;
  }

  private fail(report: BlacklistImportReport, line: number, message: string): void {
    report.failed += 1;
    if (report.errors.length < 1000) report.errors.push({ line, message });
  }

  async export(out: Writable): Promise<void> {
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
          yield [b.phone, b.since.toISOString(), b.source, b.reason, b.complaintId ?? ''];
        last = page[page.length - 1].phone;
      }
    }
    // Reasons are free text typed by staff or carriers: never let one run as a formula.
    await pipeline(rows(), stringify({ cast: { string: (v) => String(spreadsheetSafe(v)) } }), out);
  }
}
