import type { EntityManager } from 'typeorm';
import { Call } from '../call.entity.js';
import { LanguageFinding } from './language-finding.entity.js';

/**
 * The service-language aggregates the weekly report reads, as the calls module
 * owns the tables (reports may not import its entities). Each is one range
 * of a covering index: ix_calls_service_language for scores (its partial
 * WHERE repeated literally so both planners use it), and
 * ix_call_language_findings_week for the findings that recurred.
 */
export interface AgentLanguageScores {
  agentCode: string;
  scored: number;
  scoreSum: number;
  tabooCalls: number;
}

export interface FindingGroup {
  kind: string;
  family: string;
  phrase: string;
  findings: number;
  calls: number;
  exampleCallIds: number[];
}

const n = (v: unknown) => (v == null ? 0 : Number(v));

export async function agentLanguageScores(
  m: EntityManager,
  from: string,
  to: string,
): Promise<AgentLanguageScores[]> {
  const rows = await m
    .createQueryBuilder()
    .select('c.agent_code', 'agentCode')
    .addSelect('COUNT(*)', 'scored')
    .addSelect('SUM(c.sl_score)', 'scoreSum')
    .addSelect('SUM(CASE WHEN c.sl_taboos > 0 THEN 1 ELSE 0 END)', 'tabooCalls')
    .from(Call, 'c')
    .where('c.sl_score IS NOT NULL')
    .andWhere('c.local_date BETWEEN :from AND :to', { from, to })
    .groupBy('c.agent_code')
    .getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    agentCode: String(r.agentCode),
    scored: n(r.scored),
    scoreSum: n(r.scoreSum),
    tabooCalls: n(r.tabooCalls),
  }));
}

/** Findings not dismissed, grouped by kind and phrase, on `minCalls`+ calls; the `limit` largest, with example calls. */
export async function recurringFindingGroups(
  m: EntityManager,
  from: string,
  to: string,
  opts: { minCalls: number; limit: number; examples: number },
): Promise<FindingGroup[]> {
  const week = (alias: string) =>
    m
      .createQueryBuilder()
      .from(LanguageFinding, alias)
      .where(`${alias}.local_date BETWEEN :from AND :to`, { from, to })
      .andWhere(`${alias}.dismissed = :dismissed`, { dismissed: false });
  const groups = await week('f')
    .select('f.kind', 'kind')
    .addSelect('f.family', 'family')
    .addSelect('f.phrase', 'phrase')
    .addSelect('COUNT(*)', 'findings')
    .addSelect('COUNT(DISTINCT f.call_id)', 'calls')
    .groupBy('f.kind')
    .addGroupBy('f.family')
    .addGroupBy('f.phrase')
    .having('COUNT(DISTINCT f.call_id) >= :min', { min: opts.minCalls })
    .orderBy('calls', 'DESC')
    .addOrderBy('findings', 'DESC')
    .addOrderBy('f.kind')
    .addOrderBy('f.family')
    .addOrderBy('f.phrase')
    .limit(opts.limit)
    .getRawMany<Record<string, unknown>>();
  const out: FindingGroup[] = [];
  for (const g of groups) {
    const kind = String(g.kind);
    const family = String(g.family ?? '');
    const phrase = String(g.phrase ?? '');
    const examples = await week('e')
      .select('DISTINCT e.call_id', 'callId')
      .andWhere('e.kind = :kind AND e.family = :family AND e.phrase = :phrase', {
        kind,
        family,
        phrase,
      })
      .orderBy('e.call_id')
      .limit(opts.examples)
      .getRawMany<{ callId: unknown }>();
    out.push({
      kind,
      family,
      phrase,
      findings: n(g.findings),
      calls: n(g.calls),
      exampleCallIds: examples.map((e) => Number(e.callId)),
    });
  }
  return out;
}
