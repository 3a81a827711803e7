import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource } from 'typeorm';
import { CallReader } from '../../calls/index.js';
import { InvalidInputError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { isLocalDate, localDateOf, startOfLocalDate } from '../domain/local-time.js';
import { checkerRulesOf, Review, rulesOf } from '../reviews/review.entity.js';
import type { CalibrationView, DisagreementView } from './calibration-view.js';
import { calibrate, disagreements, type CalibrationReview } from '../domain/calibration.js';
import type { DisagreementsQuery } from './calibration-query.dto.js';

/** The drill-down lists at most this many reviews, newest first. */
const MAX_DISAGREEMENTS = 500;

/**
 * Reviewer–checker agreement over the reviews made in a window of local dates.
 * Every human verdict counts, overturned ones too: each is what its reviewer
 * judged, and calibration is about the reviewer as much as the checker.
 */
@Injectable()
export class CalibrationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly calls: CallReader,
  ) {}

  async report(q: { from?: string; to?: string }, now = new Date()): Promise<CalibrationView> {
    const { from, to } = this.window(q, now);
    const reviews = await this.db
      .getRepository(Review)
      .find({ where: { reviewDate: Between(from, to) }, order: { id: 'ASC' } });
    return { from, to, ...calibrate(reviews.map(toCalibrationReview)) };
  }

  /** The reviews behind the figures' disagreements, each with the standards it disagrees on. */
  async disagreements(q: DisagreementsQuery, now = new Date()): Promise<DisagreementView[]> {
    const { from, to } = this.window(q, now);
    const reviews = await this.db.getRepository(Review).find({
      where: { reviewDate: Between(from, to), ...(q.reviewerId && { reviewerId: q.reviewerId }) },
      order: { id: 'DESC' },
    });
    const rows = reviews
      .map((r) => {
        const c = toCalibrationReview(r);
        const standards = disagreements(c).filter(
          (s) =>
            (!q.standard || s === q.standard) &&
            (!q.direction || (q.direction === 'lenient') === (c.checker[s] === 'pass')),
        );
        return { r, c, standards };
      })
      .filter((row) => row.standards.length > 0)
      .slice(0, MAX_DISAGREEMENTS);
    const externalIds = await this.calls.externalIds(rows.map((row) => row.r.callId));
    return rows.map(({ r, c, standards }) => ({
      reviewId: r.id,
      itemId: r.itemId,
      callId: r.callId,
      externalId: externalIds.get(r.callId) ?? '',
      agentCode: r.agentCode,
      kind: r.kind,
      reviewerId: r.reviewerId,
      reviewerName: r.reviewerName,
      reviewDate: r.reviewDate,
      standards: standards.map((s) => ({ standard: s, human: c.human[s], checker: c.checker[s] })),
    }));
  }

  private window(q: { from?: string; to?: string }, now: Date): { from: string; to: string } {
    const tz = this.config.timeZone;
    const to = q.to ?? localDateOf(now, tz);
    // `to` first: the default `from` is counted back from it.
    if (!isLocalDate(to, tz)) throw new InvalidInputError(`to: ${to} is not a date`);
    const from = q.from ?? (startOfLocalDate(to, tz).minus({ days: 29 }).toISODate() as string);
    if (!isLocalDate(from, tz)) throw new InvalidInputError(`from: ${from} is not a date`);
    if (from > to) throw new InvalidInputError(`from (${from}) is after to (${to})`);
    return { from, to };
  }
}

function toCalibrationReview(r: Review): CalibrationReview {
  return {
    reviewerId: r.reviewerId,
    reviewerName: r.reviewerName,
    human: rulesOf(r),
    checker: checkerRulesOf(r),
  };
}
