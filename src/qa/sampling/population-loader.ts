import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import {
  isFlagged,
  isUnderRecheck,
  type PopulationCall,
  type RecheckEntry,
  SAMPLING_POPULATION,
  type TierPeriod,
} from '../domain/index.js';
import { RechecksService, toEntry } from '../rechecks/rechecks.service.js';
import { forEachListedCall } from './call-list.js';

/**
 * Loads a period's 有效录音 with one query on ix_calls_local_date. Its WHERE
 * clause is the population rule (see population.ts, whose SAMPLING_POPULATION
 * supplies every value it compares with). The calls come back as one aggregated string (see
 * call-list.ts): a day may hold 100,000 sales, and one row costs far less to
 * transfer and parse than 100,000, while grouping by agent in SQL would make
 * the database sort them all. Start times are fetched only for agents with a
 * re-check stint in the period.
 */
@Injectable()
export class PopulationLoader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rechecks: RechecksService,
    private readonly config: AppConfig,
  ) {}

  async load(span: TierPeriod): Promise<PopulationCall[]> {
    const dates = this.localDates(span);
    const stints = await this.stintsByAgent(span);
    const reviewed = await this.drawnByOtherTiers(span);
    const calls = await this.query(dates, [...stints.keys()]);
    const population: PopulationCall[] = [];
    forEachListedCall(calls, (id, agentCode, status, startedAt) => {
      const agentStints = stints.get(agentCode);
      population.push({
        callId: id,
        agentCode,
        // The checker's own verdict decides `flagged`: a human review does not unflag a call.
        flagged: isFlagged(status),
        recheck:
          agentStints !== undefined &&
          startedAt !== null &&
          agentStints.some((s) => isUnderRecheck(s, startedAt)),
        alreadyReviewed: reviewed.has(id),
      });
    });
    return population;
  }

  private async query(dates: string[], recheckAgents: string[]): Promise<string | null> {
    const postgres = this.db.options.type === 'postgres';
    const startedAt = recheckAgents.length
      ? ` || CASE WHEN c.agent_code IN (:...recheckAgents) THEN '@' || c.started_at ELSE '' END`
      : '';
    const token = `CAST(c.id AS TEXT) || ':' || c.agent_code || ':' || c.auto_status${startedAt}`;
    const row = await this.db
      .createQueryBuilder()
      .select(postgres ? `string_agg(${token}, ',')` : `group_concat(${token}, ',')`, 'calls')
      .from('calls', 'c')
      .where('c.local_date >= :first AND c.local_date <= :last', {
        first: dates[0],
        last: dates[dates.length - 1],
      })
      .andWhere('c.purpose IN (:...purposes)')
      .andWhere('c.outcome = :outcome')
      .andWhere(
        "((c.recording_file IS NOT NULL AND c.recording_file <> '')" +
          ' OR c.auto_status IN (:...flaggedStatuses))',
      )
      .setParameters({ ...SAMPLING_POPULATION, recheckAgents })
      .getRawOne<{ calls: string | null }>();
    return row?.calls ?? null;
  }

  private localDates(span: TierPeriod): string[] {
    const tz = this.config.timeZone;
    const end = DateTime.fromISO(span.endUtc, { zone: tz });
    const dates: string[] = [];
    for (let d = DateTime.fromISO(span.startUtc, { zone: tz }); d < end; d = d.plus({ days: 1 }))
      dates.push(d.toISODate() as string);
    return dates;
  }

  private async stintsByAgent(span: TierPeriod): Promise<Map<string, RecheckEntry[]>> {
    const byAgent = new Map<string, RecheckEntry[]>();
    for (const stint of await this.rechecks.overlapping(span.startUtc, span.endUtc)) {
      const list = byAgent.get(stint.agentCode) ?? [];
      list.push(toEntry(stint));
      byAgent.set(stint.agentCode, list);
    }
    return byAgent;
  }

  /**
   * A tier's "already reviewed": calls that another tier's draw of a period
   * lying inside this one sampled, reviewed yet or still queued (the weekly
   * draw runs early Monday, before Saturday's and Sunday's daily items are
   * reviewed; a monthly draw sees the month's daily and weekly ones). A day
   * holds no shorter period, so a daily draw finds none.
   */
  private async drawnByOtherTiers(span: TierPeriod): Promise<Set<number>> {
    const rows = await this.db
      .createQueryBuilder()
      .select('i.call_id', 'callId')
      .from('qa_sampling_runs', 'r')
      .innerJoin('qa_sample_items', 'i', 'i.run_id = r.id')
      .where('r.tier <> :tier', { tier: span.tier })
      .andWhere('r.period_start >= :start AND r.period_end <= :end', {
        start: span.startUtc,
        end: span.endUtc,
      })
      .getRawMany<{ callId: number | string }>();
    return new Set(rows.map((r) => Number(r.callId)));
  }
}
