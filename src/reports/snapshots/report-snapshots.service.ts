import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { ENGINE_VERSION } from '../../compliance/index.js';
import { isUniqueViolation } from '../../database/scheduler-lock.js';
import { isWeekOver } from '../domain/week.js';
import { WeeklyReportService } from '../weekly-report.service.js';
import { figuresHash } from './figures-hash.js';
import { ReportSnapshot } from './report-snapshot.entity.js';

export interface SnapshotActor {
  id: number;
  name: string;
}

export interface ReviseResult {
  created: boolean;
  snapshot: ReportSnapshot;
}

const ATTEMPTS = 3;

/**
 * Stored revisions of weekly reports. Rows are inserted, never updated: a
 * correction regenerates the report and stores revision n+1 only when its
 * figures differ from revision n, so the history holds every distinct version.
 */
@Injectable()
export class ReportSnapshotsService {
  constructor(
    @InjectRepository(ReportSnapshot) private readonly snapshots: Repository<ReportSnapshot>,
    private readonly reports: WeeklyReportService,
  ) {}

  list(week: string): Promise<ReportSnapshot[]> {
    const { week: w } = this.reports.parseWeek(week);
    return this.snapshots.find({ where: { week: w }, order: { revision: 'ASC' } });
  }

  async get(week: string, revision: number): Promise<ReportSnapshot> {
    const { week: w } = this.reports.parseWeek(week);
    const found = await this.snapshots.findOneBy({ week: w, revision });
    if (!found) throw new NotFoundError(`Revision ${revision} of the ${w} report`);
    return found;
  }

  latest(week: string): Promise<ReportSnapshot | null> {
    return this.snapshots.findOne({ where: { week }, order: { revision: 'DESC' } });
  }

  /** The latest week up to `week` that has any snapshot: where the schedule's catch-up resumes. */
  async lastSnapshottedUpTo(week: string): Promise<string | null> {
    // 'YYYY-Www' is fixed width, so text order is week order.
    const row = await this.snapshots.findOne({
      where: { week: LessThanOrEqual(week) },
      order: { week: 'DESC' },
    });
    return row?.week ?? null;
  }

  /**
   * Regenerates the week and stores the next revision if the figures changed
   * (or none exists yet). `ifMissing`: the schedule only fills weeks that have
   * no snapshot at all, so it never revises what a person already corrected.
   */
  async revise(
    week: string,
    actor: SnapshotActor | null,
    options: { reason?: string | null; ifMissing?: boolean; now?: Date } = {},
  ): Promise<ReviseResult> {
    const now = options.now ?? new Date();
    const target = this.reports.parseWeek(week);
    if (!isWeekOver(target, now))
      throw new ConflictError(
        `week ${target.week} is not over yet; only a complete week is stored`,
      );
    for (let attempt = 1; ; attempt++) {
      const latest = await this.latest(target.week);
      if (latest && options.ifMissing) return { created: false, snapshot: latest };
      const report = await this.reports.build(target.week, now);
      const hash = figuresHash(report);
      if (latest && latest.figuresHash === hash) return { created: false, snapshot: latest };
      const snapshot = this.snapshots.create({
        week: target.week,
        revision: (latest?.revision ?? 0) + 1,
        figures: report,
        figuresHash: hash,
        reportVersion: report.reportVersion,
        engineVersion: ENGINE_VERSION,
        generatedAt: new Date(report.generatedAt),
        generatedById: actor?.id ?? null,
        generatedByName: actor?.name ?? 'schedule',
        reason: options.reason ?? null,
      });
      try {
        await this.snapshots.insert(snapshot);
        return { created: true, snapshot };
      } catch (err) {
        // Another process stored this revision number first: compare with theirs.
        if (!isUniqueViolation(err) || attempt >= ATTEMPTS) throw err;
      }
    }
  }
}
