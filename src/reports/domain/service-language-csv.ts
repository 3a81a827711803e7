import type { ServiceLanguageFigures, ServiceLanguageRate } from './service-language-figures.js';
import type { WeeklyReport } from './report-types.js';

/**
 * The service-language columns of the report's CSV: the rate on the centre,
 * team and agent rows, then one `service_language_finding` row per recurring
 * finding (what, on how many calls, and the calls' console pages). Empty on
 * revisions stored before the figures existed.
 */
export const LANGUAGE_CSV_COLUMNS = [
  'slScored',
  'slMeanScore',
  'slTabooCalls',
  'slTabooRate',
  'finding',
  'findingCalls',
  'findingCount',
  'findingExamples',
] as const;

type Cell = string | number | null;
export type LanguageRowScope =
  | { scope: 'centre' }
  | { scope: 'team'; team: string | null }
  | { scope: 'agent'; agentCode: string };

function rateOf(
  sl: ServiceLanguageFigures,
  row: LanguageRowScope,
): ServiceLanguageRate | undefined {
  if (row.scope === 'centre') return sl;
  if (row.scope === 'team') return sl.teams.find((t) => t.team === row.team);
  return sl.agents.find((a) => a.agentCode === row.agentCode);
}

/** The language cells of a centre, team or agent row (the finding cells stay empty there). */
export function languageCells(r: WeeklyReport, row: LanguageRowScope): Cell[] {
  const figures = r.serviceLanguage && rateOf(r.serviceLanguage, row);
  if (!figures) return LANGUAGE_CSV_COLUMNS.map(() => null);
  return [
    figures.scored,
    figures.meanScore,
    figures.tabooCalls,
    figures.tabooRate,
    null,
    null,
    null,
    null,
  ];
}

/** One row per recurring finding, laid out on the report's `columns`. */
export function languageFindingRows(r: WeeklyReport, columns: readonly string[]): Cell[][] {
  return (r.serviceLanguage?.recurring ?? []).map((f) => {
    const cells: Record<string, Cell> = {
      week: r.week,
      scope: 'service_language_finding',
      finding: f.phrase ? `${f.kind}:${f.phrase}` : f.kind,
      findingCalls: f.calls,
      findingCount: f.findings,
      findingExamples: f.examples.map((e) => e.url).join(' '),
    };
    return columns.map((c) => cells[c] ?? null);
  });
}
