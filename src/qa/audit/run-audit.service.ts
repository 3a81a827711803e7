import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DRAW_ALGORITHM, drawSample, verifyDraw } from '../domain/index.js';
import { Review } from '../reviews/review.entity.js';
import type { RunReportView, RunVerificationView } from './run-audit-view.js';
import { buildRunReport } from './run-report.js';
import { RunQueries } from '../sampling/run-queries.js';
import { toRunSummary } from '../sampling/run-view.js';

const PPM = 1_000_000;

/** What an auditor asks of a run: can it be reproduced, and how did its reviews go. */
@Injectable()
export class RunAuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queries: RunQueries,
  ) {}

  /** Re-runs the draw from the stored seed, rate and population and compares it with the stored items. */
  async verify(id: number): Promise<RunVerificationView> {
    const run = await this.queries.get(id);
    const [population, items] = await Promise.all([
      this.queries.population(id),
      this.queries.items(id),
    ]);
    const base = {
      runId: run.id,
      tier: run.tier,
      period: run.period,
      seed: run.seed,
      algorithm: run.algorithm,
      rate: run.ratePpm / PPM,
      populationSize: population.length,
      storedItems: items.length,
    };
    if (run.algorithm !== DRAW_ALGORITHM) {
      return {
        ...base,
        reproduced: false,
        reason: `drawn with ${run.algorithm}; this service implements ${DRAW_ALGORITHM}`,
      };
    }
    const recomputed = drawSample({ seed: run.seed, rate: run.ratePpm / PPM, population });
    const result = verifyDraw(items, recomputed.items);
    const sizesMatch =
      recomputed.populationSize === run.populationSize && recomputed.quota === run.quota;
    return {
      ...base,
      reproduced: result.reproduced && sizesMatch,
      quota: recomputed.quota,
      recomputedItems: recomputed.items.length,
      missing: result.missing,
      unexpected: result.unexpected,
      ...(!sizesMatch && {
        reason: 'stored population size or quota differs from the recomputation',
      }),
    };
  }

  async report(id: number, now = new Date()): Promise<RunReportView> {
    const run = await this.queries.get(id);
    const [population, items, reviews] = await Promise.all([
      this.queries.population(id),
      this.queries.items(id),
      this.db
        .getRepository(Review)
        .createQueryBuilder('r')
        .innerJoin('qa_sample_items', 'i', 'i.id = r.item_id')
        .where('i.run_id = :id', { id })
        .andWhere('r.overturned_by_review_id IS NULL')
        .getMany(),
    ]);
    const { reasons, reviewerRole, complete, createdAt } = toRunSummary(run);
    return {
      runId: run.id,
      tier: run.tier,
      period: run.period,
      complete,
      reviewerRole,
      createdAt,
      asOf: now.toISOString(),
      reasons,
      ...buildRunReport({ population, items, reviews, now }),
    };
  }
}
