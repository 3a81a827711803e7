import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { CallPopulation } from '../../calls/index.js';
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

/**
 * Loads a period's 有效录音 through calls' CallPopulation (one query on
 * ix_calls_local_date, a day's 100,000 sales read as one aggregated string).
 * Its filter is the population rule: population.ts's SAMPLING_POPULATION
 * supplies every value it compares with. Start times are fetched only for
 * agents with a re-check stint in the period.
 */
@Injectable()
export class PopulationLoader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rechecks: RechecksService,
    private readonly config: AppConfig,
    private readonly calls: CallPopulation,
  ) {}

  async load(span: TierPeriod): Promise<PopulationCall[]> {
    const dates = this.localDates(span);
    const stints = await this.stintsByAgent(span);
    const reviewed = await this.drawnByOtherTiers(span);
    const filter = {
      firstDate: dates[0],
      lastDate: dates[dates.length - 1],
      outcome: SAMPLING_POPULATION.outcome,
      purposes: SAMPLING_POPULATION.purposes,
      unrecordedStatuses: SAMPLING_POPULATION.flaggedStatuses,
      startTimesOf: [...stints.keys()],
    };
    const population: PopulationCall[] = [];
    await this.calls.forEach(filter, (id, agentCode, status, startedAt) => {
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
