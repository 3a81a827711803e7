import { Injectable } from '@nestjs/common';
import { ReportSnapshotsService } from '../snapshots/report-snapshots.service.js';
import { WeeklyReportService } from '../weekly-report.service.js';
import { renderReportPage, type PageSource } from './report-page.js';

/**
 * The printable page: live figures by default (what the JSON route returns),
 * or a stored revision when asked — the version that was sent to the carrier.
 */
@Injectable()
export class ReportPageService {
  constructor(
    private readonly reports: WeeklyReportService,
    private readonly snapshots: ReportSnapshotsService,
  ) {}

  /** The canonical spelling of a week (400 naming `week` if it is not one). */
  weekOf(week: string): string {
    return this.reports.parseWeek(week).week;
  }

  async render(week: string, revision?: number): Promise<string> {
    const { week: w } = this.reports.parseWeek(week);
    const stored = await this.snapshots.list(w);
    const source: PageSource = revision ? { kind: 'revision', revision } : { kind: 'live' };
    const report = revision
      ? (await this.snapshots.get(w, revision)).figures
      : await this.reports.build(w);
    return renderReportPage(report, {
      source,
      revisions: stored.map((s) => ({
        revision: s.revision,
        generatedAt: s.generatedAt.toISOString(),
      })),
    });
  }
}
