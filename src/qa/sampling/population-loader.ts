import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import {
  type CallForSampling,
  isFlagged,
  isUnderRecheck,
  type PopulationCall,
  type RecheckEntry,
  type SamplingPeriod,
} from '../domain/index.js';
import { RechecksService, toEntry } from '../rechecks/rechecks.service.js';
import { forEachListedCall } from './call-list.js';

interface Group {
  agentCode: string;
  status: string;
  calls: string | null;
}

/**
 * Loads a period's 有效录音 with one query on ix_calls_local_date. Its WHERE
 * clause is population.ts's isValidRecording (sale, marketing or confirmation,
 * a recording). Rows come back grouped by agent and checker status with the
 * ids aggregated into one string per group: a day may hold 100,000 sales, and
 * a few hundred rows cost far less to transfer and build than 100,000 objects.
 * Start times are fetched only for agents with a re-check stint in the period.
 */
@Injectable()
export class PopulationLoader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rechecks: RechecksService,
    private readonly config: AppConfig,
  ) {}

  async load(span: SamplingPeriod): Promise<PopulationCall[]> {
    const dates = this.localDates(span);
    const stints = await this.stintsByAgent(span);
    const reviewed = span.tier === 'weekly' ? await this.sampledDaily(dates) : null;
    const groups = await this.query(dates, [...stints.keys()]);
    const population: PopulationCall[] = [];
    for (const group of groups) {
      // The checker's own verdict decides `flagged`: a human review does not unflag a call.
      const flagged = isFlagged({ complianceStatus: group.status } as CallForSampling);
      const agentStints = stints.get(group.agentCode);
      forEachListedCall(group.calls, (id, startedAt) => {
        population.push({
          callId: id,
          agentCode: group.agentCode,
          flagged,
          recheck:
            agentStints !== undefined &&
            startedAt !== null &&
            agentStints.some((s) => isUnderRecheck(s, startedAt)),
          alreadyReviewed: reviewed ? reviewed.has(id) : false,
        });
      });
    }
    return population;
  }

  private query(dates: string[], recheckAgents: string[]): Promise<Group[]> {
    const postgres = this.db.options.type === 'postgres';
    const id = 'CAST(c.id AS TEXT)';
    const token = recheckAgents.length
      ? `CASE WHEN c.agent_code IN (:...recheckAgents) THEN ${id} || '@' || c.started_at ELSE ${id} END`
      : id;
    return this.db
      .createQueryBuilder()
      .select('c.agent_code', 'agentCode')
      .addSelect('c.auto_status', 'status')
      .addSelect(postgres ? `string_agg(${token}, ',')` : `group_concat(${token}, ',')`, 'calls')
      .from('calls', 'c')
      .where('c.local_date >= :first AND c.local_date <= :last', {
        first: dates[0],
        last: dates[dates.length - 1],
      })
      .andWhere("c.purpose IN ('marketing', 'confirmation')")
      .andWhere("c.outcome = 'sale'")
      .andWhere("c.recording_file IS NOT NULL AND c.recording_file <> ''")
      .groupBy('c.agent_code')
      .addGroupBy('c.auto_status')
      .setParameters({ recheckAgents })
      .getRawMany<Group>();
  }

  private localDates(span: SamplingPeriod): string[] {
    const tz = this.config.timeZone;
    const end = DateTime.fromISO(span.endUtc, { zone: tz });
    const dates: string[] = [];
    for (let d = DateTime.fromISO(span.startUtc, { zone: tz }); d < end; d = d.plus({ days: 1 }))
      dates.push(d.toISODate() as string);
    return dates;
  }

  private async stintsByAgent(span: SamplingPeriod): Promise<Map<string, RecheckEntry[]>> {
    const byAgent = new Map<string, RecheckEntry[]>();
    for (const stint of await this.rechecks.overlapping(span.startUtc, span.endUtc)) {
      const list = byAgent.get(stint.agentCode) ?? [];
      list.push(toEntry(stint));
      byAgent.set(stint.agentCode, list);
    }
    return byAgent;
  }

  /**
   * The weekly tier's "already reviewed": calls a daily draw of the same week
   * sampled, reviewed yet or still queued (the weekly draw runs early Monday,
   * before Saturday's and Sunday's items are reviewed).
   */
  private async sampledDaily(dates: string[]): Promise<Set<number>> {
    const rows = await this.db
      .createQueryBuilder()
      .select('i.call_id', 'callId')
      .from('qa_sampling_runs', 'r')
      .innerJoin('qa_sample_items', 'i', 'i.run_id = r.id')
      .where("r.tier = 'daily'")
      .andWhere('r.period IN (:...dates)', { dates })
      .getRawMany<{ callId: number | string }>();
    return new Set(rows.map((r) => Number(r.callId)));
  }
}
