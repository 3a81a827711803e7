import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { notValidSales, outcomeCells } from '../calls/index.js';
import { agentDirectory } from '../catalogue/index.js';
import { complaintsByAgent, complaintsByOwner, receivedComplaints } from '../complaints/index.js';
import { AppConfig } from '../config/app-config.js';
import { LedgerQueries } from '../ledger/index.js';
import { workOrderTallies } from '../qa/index.js';
import { confirmationStepCounts, trialEventCounts } from '../trials/index.js';
import { assembleReport } from './domain/assemble.js';
import type { WeeklyReport } from './domain/report-types.js';
import { reportWeek, weeksEndingAt, type ReportWeek } from './domain/week.js';
import { qaTierCounts } from './queries/qa-counts.query.js';
import { reviewedSales } from './queries/reviewed-sales.query.js';
import { languageInputs } from './queries/service-language.query.js';
import { storedWeeks } from './queries/stored-weeks.query.js';

export const TREND_WEEKS = 8;

/**
 * Builds a week's report live: a handful of aggregate queries (one pass per
 * figure group, never loading call rows), then the pure assembly in domain/.
 */
@Injectable()
export class WeeklyReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly ledger: LedgerQueries,
  ) {}

  /** Throws a 400 naming `week` for anything but a real ISO week. */
  parseWeek(week: string): ReportWeek {
    return reportWeek(week, this.config.timeZone);
  }

  async build(week: string, now = new Date()): Promise<WeeklyReport> {
    const target = this.parseWeek(week);
    const trendWeeks = weeksEndingAt(target.week, TREND_WEEKS, this.config.timeZone);
    return this.consistentRead(async (m) => {
      const stored = await storedWeeks(
        m,
        trendWeeks.slice(0, -1).map((w) => w.week),
      );
      // Calls are counted for the report week and any earlier week not stored.
      const liveWeeks = trendWeeks.filter((w) => !stored.has(w.week));
      const agents = await agentDirectory(m);
      const report = assembleReport({
        week: target,
        trendWeeks,
        timeZone: this.config.timeZone,
        now,
        outcomes: await outcomeCells(
          m,
          liveWeeks,
          agents.map((a) => a.code),
        ),
        storedWeeks: stored,
        failureGroups: await notValidSales(m, target),
        reviewedSales: await reviewedSales(m, target, this.config.timeZone),
        complaints: await complaintsByAgent(m, target),
        complaintHandlers: await complaintsByOwner(m, target),
        complaintRows: await receivedComplaints(m, target),
        complaintLimits: this.config.complaintDeadlines,
        agents,
        qa: await qaTierCounts(m, target, this.config.timeZone),
        workOrders: await workOrderTallies(m, target.week),
        confirmationSteps: await confirmationStepCounts(m, target),
        trialEvents: await trialEventCounts(m, target),
        ...(await languageInputs(m, target)),
      });
      // An auditor holding this report can later prove no entry up to this head changed.
      return { ...report, ledgerHead: await this.ledger.headBefore(new Date(target.endUtc), m) };
    });
  }

  /**
   * On PostgreSQL every query reads the same snapshot (a read-only repeatable-read
   * transaction), so a snapshot's figures add up even while calls arrive. SQLite
   * shares one connection whose transactions would nest with other requests'
   * writes, so it reads without one.
   */
  private consistentRead<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    if (this.db.options.type === 'sqlite') return work(this.db.manager);
    return this.db.transaction('REPEATABLE READ', async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      return work(m);
    });
  }
}
