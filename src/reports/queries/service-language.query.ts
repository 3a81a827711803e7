import type { EntityManager } from 'typeorm';
import { agentLanguageScores, recurringFindingGroups } from '../../calls/index.js';
import type { LanguageInputs } from '../domain/service-language-figures.js';
import { MAX_LANGUAGE_EXAMPLES, MAX_RECURRING } from '../domain/service-language-figures.js';
import type { ReportWeek } from '../domain/week.js';

/** The report week's service-language passes: scores per agent and the findings on 2+ calls. */
export async function languageInputs(m: EntityManager, week: ReportWeek): Promise<LanguageInputs> {
  return {
    languageScores: await agentLanguageScores(m, week.from, week.to),
    recurringFindings: await recurringFindingGroups(m, week.from, week.to, {
      minCalls: 2,
      limit: MAX_RECURRING,
      examples: MAX_LANGUAGE_EXAMPLES,
    }),
  };
}
