import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import {
  isUnderRecheck,
  type RecheckEntry,
  type RecheckPolicy,
  recordFailedReview,
  recordPassedReview,
  settleRecheck,
} from '../domain/index.js';
import { RecheckStint } from './recheck-stint.entity.js';

const iso = (d: Date) => d.toISOString();

export function toEntry(stint: RecheckStint): RecheckEntry {
  return {
    agentCode: stint.agentCode,
    reason: stint.reason,
    since: iso(stint.since),
    lastFailureAt: iso(stint.lastFailureAt),
    consecutivePasses: stint.consecutivePasses,
    until: iso(stint.until),
    ...(stint.releasedAt && {
      releasedAt: iso(stint.releasedAt),
      releaseReason: stint.releaseReason as RecheckEntry['releaseReason'],
    }),
  };
}

/**
 * The re-check list (加强多次重复核查) kept as stints: the rules are recheck.ts's,
 * this service only loads the agent's latest stint and stores what they return.
 */
@Injectable()
export class RechecksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async recordFailure(
    tx: EntityManager,
    failure: { agentCode: string; reason: string; at: Date; reviewId: number },
    policy: RecheckPolicy,
  ): Promise<RecheckStint> {
    const latest = await this.latest(tx, failure.agentCode);
    const next = recordFailedReview(
      latest ? toEntry(latest) : undefined,
      { agentCode: failure.agentCode, reason: failure.reason, at: failure.at },
      policy,
      this.config.timeZone,
    );
    const sameStint = latest !== null && iso(latest.since) === next.since;
    const stint = sameStint ? latest : tx.getRepository(RecheckStint).create();
    Object.assign(stint, {
      agentCode: next.agentCode,
      reason: next.reason,
      since: new Date(next.since),
      lastFailureAt: new Date(next.lastFailureAt),
      consecutivePasses: 0,
      until: new Date(next.until),
      releasedAt: null,
      releaseReason: null,
      firstReviewId: sameStint ? latest.firstReviewId : failure.reviewId,
      failures: sameStint ? latest.failures + 1 : 1,
      updatedAt: failure.at,
    });
    return tx.getRepository(RecheckStint).save(stint);
  }

  /** A passing review counts towards release only for a call made after the last failure. */
  async recordPass(
    tx: EntityManager,
    pass: { agentCode: string; at: Date; callStartedAt: Date },
    policy: RecheckPolicy,
  ): Promise<void> {
    const latest = await this.latest(tx, pass.agentCode);
    if (!latest) return;
    const before = toEntry(latest);
    const next = recordPassedReview(before, pass, policy);
    if (next === before) return;
    await tx.getRepository(RecheckStint).update(latest.id, {
      consecutivePasses: next.consecutivePasses,
      releasedAt: next.releasedAt ? new Date(next.releasedAt) : null,
      releaseReason: next.releaseReason ?? null,
      updatedAt: pass.at,
    });
  }

  /**
   * An overturned failure that alone started the agent's current stint releases
   * it; a stint holding other failures stays, since those still stand.
   */
  async releaseOverturned(tx: EntityManager, agentCode: string, reviewId: number, at: Date) {
    const latest = await this.latest(tx, agentCode);
    if (!latest || latest.firstReviewId !== reviewId || latest.failures !== 1) return;
    if (!isUnderRecheck(toEntry(latest), at)) return;
    await tx
      .getRepository(RecheckStint)
      .update(latest.id, { releasedAt: at, releaseReason: 'overturned', updatedAt: at });
  }

  /** Stints that cover any part of [start, end): the draw asks each call's agent. */
  overlapping(start: string, end: string, manager?: EntityManager): Promise<RecheckStint[]> {
    return (manager ?? this.db.manager)
      .getRepository(RecheckStint)
      .createQueryBuilder('s')
      .where('s.since < :end', { end })
      .andWhere(
        '((s.released_at IS NULL AND s.until > :start) OR (s.released_at IS NOT NULL AND s.released_at > :start))',
        { start },
      )
      .getMany();
  }

  /** Agents on the list now, or with `all` the latest 500 stints too (history). */
  async list(now: Date, all = false): Promise<RecheckEntry[]> {
    const qb = this.db
      .getRepository(RecheckStint)
      .createQueryBuilder('s')
      .orderBy('s.since', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .take(500);
    if (!all) qb.where('s.released_at IS NULL AND s.until > :now', { now: now.toISOString() });
    const entries = (await qb.getMany()).map((s) => settleRecheck(toEntry(s), now));
    return all ? entries : entries.filter((e) => isUnderRecheck(e, now));
  }

  private latest(tx: EntityManager, agentCode: string): Promise<RecheckStint | null> {
    return tx.getRepository(RecheckStint).findOne({ where: { agentCode }, order: { id: 'DESC' } });
  }
}
