import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource } from 'typeorm';
import { InvalidInputError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { isLocalDate, localDateOf, startOfLocalDate } from '../domain/local-time.js';
import { Review } from '../reviews/review.entity.js';
import type { CalibrationView } from './calibration-view.js';
import { calibrate } from '../domain/calibration.js';

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
  ) {}

  async report(q: { from?: string; to?: string }, now = new Date()): Promise<CalibrationView> {
    const tz = this.config.timeZone;
    const to = q.to ?? localDateOf(now, tz);
    // `to` first: the default `from` is counted back from it.
    if (!isLocalDate(to, tz)) throw new InvalidInputError(`to: ${to} is not a date`);
    const from = q.from ?? (startOfLocalDate(to, tz).minus({ days: 29 }).toISODate() as string);
    if (!isLocalDate(from, tz)) throw new InvalidInputError(`from: ${from} is not a date`);
    if (from > to) throw new InvalidInputError(`from (${from}) is after to (${to})`);
    const reviews = await this.db
      .getRepository(Review)
      .find({ where: { reviewDate: Between(from, to) }, order: { id: 'ASC' } });
    return {
      from,
      to,
      ...calibrate(
        reviews.map((r) => ({
          reviewerId: r.reviewerId,
          reviewerName: r.reviewerName,
          human: {
            identity: r.identity,
            comprehension: r.comprehension,
            script: r.script,
            consent: r.consent,
          },
          checker: {
            identity: r.checkerIdentity,
            comprehension: r.checkerComprehension,
            script: r.checkerScript,
            consent: r.checkerConsent,
          },
        })),
      ),
    };
  }
}
