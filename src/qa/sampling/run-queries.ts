import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import type { PopulationCall, SamplingTier } from '../domain/index.js';
import { startOfLocalDate, utcIso } from '../domain/local-time.js';
import { decodePopulation } from './population-codec.js';
import { SamplingRun } from './sampling-run.entity.js';
import { type ItemRow, toRunView, type RunView } from './run-view.js';

interface RawItem {
  id: number | string;
  callId: number | string;
  agentCode: string;
  reason: ItemRow['reason'];
  assigneeId: number | string | null;
  assigneeName: string | null;
  status: ItemRow['status'];
  dueAt: string;
  reviewedAt: string | null;
  reviewId: number | string | null;
}

const num = (v: number | string | null) => (v === null ? null : Number(v));

/** Reads of runs: items come back as raw rows, a run may hold ten thousand of them. */
@Injectable()
export class RunQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  find(tier: SamplingTier, period: string, manager?: EntityManager) {
    return (manager ?? this.db.manager).getRepository(SamplingRun).findOneBy({ tier, period });
  }

  async get(id: number): Promise<SamplingRun> {
    const run = await this.db.getRepository(SamplingRun).findOneBy({ id });
    if (!run) throw new NotFoundError(`sampling run ${id}`);
    return run;
  }

  async detail(id: number): Promise<RunView> {
    const run = await this.get(id);
    return toRunView(run, await this.items(id));
  }

  /** Runs whose period overlaps the local dates from…to (inclusive), newest first. */
  list(q: { tier?: SamplingTier; from?: string; to?: string; limit?: number }) {
    const tz = this.config.timeZone;
    const qb = this.db
      .getRepository(SamplingRun)
      .createQueryBuilder('r')
      .orderBy('r.period', 'DESC')
      .addOrderBy('r.tier', 'ASC')
      .take(q.limit ?? 100);
    if (q.tier) qb.andWhere('r.tier = :tier', { tier: q.tier });
    if (q.from) {
      const from = utcIso(startOfLocalDate(q.from, tz));
      qb.andWhere('r.period_end > :from', { from });
    }
    if (q.to) {
      const to = utcIso(startOfLocalDate(q.to, tz).plus({ days: 1 }));
      qb.andWhere('r.period_start < :to', { to });
    }
    return qb.getMany();
  }

  async population(id: number): Promise<PopulationCall[]> {
    const row = await this.db
      .getRepository(SamplingRun)
      .createQueryBuilder('r')
      .select('r.population', 'population')
      .where('r.id = :id', { id })
      .getRawOne<{ population: string }>();
    if (!row) throw new NotFoundError(`sampling run ${id}`);
    return decodePopulation(row.population);
  }

  async items(runId: number): Promise<ItemRow[]> {
    const rows = await this.db
      .createQueryBuilder()
      .select('i.id', 'id')
      .addSelect('i.call_id', 'callId')
      .addSelect('i.agent_code', 'agentCode')
      .addSelect('i.reason', 'reason')
      .addSelect('i.assignee_id', 'assigneeId')
      .addSelect('i.assignee_name', 'assigneeName')
      .addSelect('i.status', 'status')
      .addSelect('i.due_at', 'dueAt')
      .addSelect('i.reviewed_at', 'reviewedAt')
      .addSelect('i.review_id', 'reviewId')
      .from('qa_sample_items', 'i')
      .where('i.run_id = :runId', { runId })
      .orderBy('i.call_id', 'ASC')
      .getRawMany<RawItem>();
    return rows.map((r) => ({
      id: Number(r.id),
      callId: Number(r.callId),
      agentCode: r.agentCode,
      reason: r.reason,
      assigneeId: num(r.assigneeId),
      assigneeName: r.assigneeName,
      status: r.status,
      dueAt: new Date(r.dueAt),
      reviewedAt: r.reviewedAt === null ? null : new Date(r.reviewedAt),
      reviewId: num(r.reviewId),
    }));
  }
}
