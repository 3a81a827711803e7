import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Call } from './call.entity.js';
import { forEachListedCall } from './call-list.js';

/**
 * Which calls a sampling population holds. QA owns the rule (its
 * SAMPLING_POPULATION supplies every value); calls owns the table and the query.
 */
export interface PopulationFilter {
  /** Local dates (CENTRE_TZ), both included: the range ix_calls_local_date is read on. */
  firstDate: string;
  lastDate: string;
  outcome: string;
  purposes: readonly string[];
  /** A call without a recording belongs only when the checker gave it one of these statuses. */
  unrecordedStatuses: readonly string[];
  /** Agents whose calls come with their start times (QA's agents under re-check). */
  startTimesOf: readonly string[];
}

/** One call of the population: `startedAt` is null unless its agent was in `startTimesOf`. */
export type PopulationVisitor = (
  id: number,
  agentCode: string,
  autoStatus: string,
  startedAt: string | null,
) => void;

/**
 * Reads a sampling population with one query on ix_calls_local_date. The calls
 * come back as one aggregated string (see call-list.ts): a day may hold 100,000
 * sales, and one row costs far less to transfer and parse than 100,000, while
 * grouping by agent in SQL would make the database sort them all. The visitor
 * sees each call in turn, so no list of rows is built here.
 */
@Injectable()
export class CallPopulation {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forEach(filter: PopulationFilter, visit: PopulationVisitor): Promise<void> {
    forEachListedCall(await this.query(filter), visit);
  }

  private async query(filter: PopulationFilter): Promise<string | null> {
    const postgres = this.db.options.type === 'postgres';
    const recheckAgents = filter.startTimesOf;
    const startedAt = recheckAgents.length
      ? ` || CASE WHEN c.agent_code IN (:...recheckAgents) THEN '@' || c.started_at ELSE '' END`
      : '';
    const token = `CAST(c.id AS TEXT) || ':' || c.agent_code || ':' || c.auto_status${startedAt}`;
    const row = await this.db
      .createQueryBuilder()
      .select(postgres ? `string_agg(${token}, ',')` : `group_concat(${token}, ',')`, 'calls')
      .from(Call, 'c')
      .where('c.local_date >= :first AND c.local_date <= :last', {
        first: filter.firstDate,
        last: filter.lastDate,
      })
      .andWhere('c.purpose IN (:...purposes)')
      .andWhere('c.outcome = :outcome')
      .andWhere(
        "((c.recording_file IS NOT NULL AND c.recording_file <> '')" +
          ' OR c.auto_status IN (:...unrecordedStatuses))',
      )
      .setParameters({
        outcome: filter.outcome,
        purposes: [...filter.purposes],
        unrecordedStatuses: [...filter.unrecordedStatuses],
        recheckAgents: [...recheckAgents],
      })
      .getRawOne<{ calls: string | null }>();
    return row?.calls ?? null;
  }
}
