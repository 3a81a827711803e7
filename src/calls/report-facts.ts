import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { STANDARDS, type ComplianceStatus, type Standard } from '../compliance/index.js';
import { idOrNull, num, sqlDate, sqlList } from '../database/aggregate-sql.js';
import { quotedTable } from '../database/bulk-sql.js';
import { Call, OUTCOMES } from './call.entity.js';

/**
 * The plain facts the weekly report reads of calls (counts, never rows or
 * entities), each in the caller's manager so a report reads one snapshot.
 */

/** A week as the report counts it: local dates, first and last day inclusive. */
export interface CallWeek {
  week: string;
  from: string;
  to: string;
}

/** Marketing calls of one week, agent, outcome and final verdict. */
export interface OutcomeCell {
  week: string;
  agentCode: string;
  outcome: string;
  finalStatus: string;
  calls: number;
}

/** Every final verdict a call can have; the type check below fails if one is added. */
const FINAL_STATUSES = ['valid', 'invalid', 'needs_review'] as const;
const _allStatuses: Exclude<ComplianceStatus, (typeof FINAL_STATUSES)[number]> extends never
  ? true
  : never = true;

/**
 * Marketing calls per week, agent (of `agentCodes`, the catalogue's), outcome
 * and final verdict (human review over the checker); cells of 0 are left out.
 * A GROUP BY would read every index entry's columns; instead each cell of
 * weeks × agents × outcomes × verdicts is one COUNT(*) over an exact range of
 * ix_calls_report (purpose, agent_code, outcome, final_status, local_date),
 * which both engines count without decoding rows: ~1.7× a plain COUNT(*) of
 * the week on a million calls, against ~5× for the GROUP BY. calls.agent_code
 * is always a catalogue agent's code (agent_id references it; codes never change).
 * Dates and constants are checked literals; the agent codes are bound parameters.
 */
export async function outcomeCells(
  m: EntityManager,
  weeks: CallWeek[],
  agentCodes: string[],
): Promise<OutcomeCell[]> {
  if (weeks.length === 0 || agentCodes.length === 0) return [];
  const values = (rows: string[]) => `VALUES ${rows.map((r) => `(${r})`).join(', ')}`;
  const w = values(weeks.map((x) => `${sqlList([x.week])}, ${sqlDate(x.from)}, ${sqlDate(x.to)}`));
  const a = values(agentCodes.map((_, i) => m.connection.driver.createParameter(`a${i}`, i)));
  const o = values(OUTCOMES.map((x) => sqlList([x])));
  const s = values(FINAL_STATUSES.map((x) => sqlList([x])));
  const calls = quotedTable(m, Call);
  const rows: Record<string, unknown>[] = await m.query(
    // Weeks without a single call are dropped first (one index seek each): their cells would all be 0.
    `WITH weeks(week, first_day, last_day) AS (${w}),
       w AS (SELECT * FROM weeks WHERE EXISTS (SELECT 1 FROM ${calls} c
         WHERE c.local_date BETWEEN weeks.first_day AND weeks.last_day)),
       a(code) AS (${a}), o(outcome) AS (${o}), s(status) AS (${s})
     SELECT w.week AS week, a.code AS agent_code, o.outcome AS outcome, s.status AS final_status,
       (SELECT COUNT(*) FROM ${calls} c
         WHERE c.purpose = 'marketing' AND c.agent_code = a.code AND c.outcome = o.outcome
           AND c.final_status = s.status AND c.local_date BETWEEN w.first_day AND w.last_day) AS calls
     FROM w CROSS JOIN a CROSS JOIN o CROSS JOIN s`,
    agentCodes,
  );
  return rows
    .map((r) => ({
      week: String(r.week),
      agentCode: String(r.agent_code),
      outcome: String(r.outcome),
      finalStatus: String(r.final_status),
      calls: num(r.calls),
    }))
    .filter((r) => r.calls > 0);
}

/** Sales of a date and checker results per standard that are not valid, with two example ids. */
export interface NotValidSales extends Record<Standard, string> {
  localDate: string;
  sales: number;
  firstCallId: number;
  lastCallId: number;
}

/**
 * The checker's results on the week's sales that are not valid (a valid sale
 * fails nothing), per date and result combination, with the lowest and highest
 * call id as examples. Reads the partial index ix_calls_sales_not_valid in its
 * own order (its WHERE clause is repeated here literally, or neither planner
 * may use it), and each standard's result by the results' primary key.
 */
export async function notValidSales(m: EntityManager, week: CallWeek): Promise<NotValidSales[]> {
  const qb = m
    .createQueryBuilder()
    .select('c.local_date', 'localDate')
    .from(Call, 'c')
    .where(`c.purpose = 'marketing' AND c.outcome = 'sale' AND c.final_status <> 'valid'`)
    .andWhere('c.local_date BETWEEN :from AND :to', { from: week.from, to: week.to })
    .groupBy('c.local_date');
  joinCheckerResults(qb, 'c');
  const rows = await qb
    .addSelect('COUNT(*)', 'sales')
    .addSelect('MIN(c.id)', 'firstCallId')
    .addSelect('MAX(c.id)', 'lastCallId')
    .getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    localDate: String(r.localDate),
    ...(Object.fromEntries(STANDARDS.map((s) => [s, String(r[s] ?? 'unknown')])) as Record<
      Standard,
      string
    >),
    sales: num(r.sales),
    firstCallId: idOrNull(r.firstCallId) ?? 0,
    lastCallId: idOrNull(r.lastCallId) ?? 0,
  }));
}

/** A sale of the week: its final verdict and the standards the checker failed. */
export interface SaleChecks {
  callId: number;
  finalStatus: string;
  checkerFailed: Record<Standard, boolean>;
}

/** Ids per query: far below both engines' limit on bound parameters. */
const IDS_PER_QUERY = 1_000;

/**
 * Of `callIds` (the few calls QA reviewed), the marketing sales of the week,
 * by primary key, with the checker's failures per standard.
 */
export async function salesChecks(
  m: EntityManager,
  callIds: number[],
  week: CallWeek,
): Promise<SaleChecks[]> {
  const out: SaleChecks[] = [];
  for (let i = 0; i < callIds.length; i += IDS_PER_QUERY) {
    const qb = m
      .createQueryBuilder()
      .select('c.id', 'callId')
      .addSelect('c.final_status', 'finalStatus')
      .from(Call, 'c')
      .where('c.id IN (:...ids)', { ids: callIds.slice(i, i + IDS_PER_QUERY) })
      .andWhere(`c.purpose = 'marketing' AND c.outcome = 'sale'`)
      .andWhere('c.local_date BETWEEN :from AND :to', { from: week.from, to: week.to })
      .groupBy('c.id')
      .addGroupBy('c.final_status');
    joinCheckerResults(qb, 'c');
    for (const r of await qb.getRawMany<Record<string, unknown>>())
      out.push({
        callId: Number(r.callId),
        finalStatus: String(r.finalStatus),
        checkerFailed: Object.fromEntries(STANDARDS.map((s) => [s, r[s] === 'fail'])) as Record<
          Standard,
          boolean
        >,
      });
  }
  return out;
}

/**
 * Selects (and groups by) the checker's result on every standard of the
 * registry for the calls aliased `calls`, one primary-key lookup per standard
 * in call_standard_results. Column `${standard}`; null when a call was stored
 * before that standard existed.
 */
function joinCheckerResults<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  calls: string,
): SelectQueryBuilder<T> {
  STANDARDS.forEach((standard, i) => {
    const alias = `csr${i}`;
    qb.leftJoin(
      'call_standard_results',
      alias,
      `${alias}.call_id = ${calls}.id AND ${alias}.standard = :${alias}`,
      { [alias]: standard },
    )
      .addSelect(`${alias}.result`, standard)
      .addGroupBy(`${alias}.result`);
  });
  return qb;
}
