/**
 * 有效录音: the calls a draw samples from, "what 10% is of". The rule runs as
 * the WHERE clause of PopulationLoader's one query (a day may hold 100,000
 * sales, so it is applied where the rows are): a call is drawn when it is
 *
 *   a sale (`outcome`) of a sampled `purpose`
 *   AND (it has a recording OR the checker flagged it).
 *
 * A flagged sale without a recording cannot prove consent, so it still reaches
 * a reviewer (the review page says the audio is missing). The vocabulary lives
 * here, plain data, so the query is built from it and never spells it again;
 * test/qa-sampling.e2e-spec.ts checks the rule against stored calls (refusal,
 * remedial call and unflagged sale without recording left out; a flagged one drawn).
 */
export const SAMPLING_POPULATION = {
  outcome: 'sale',
  /** Remedial call-backs are QA's own follow-up, never sampled. */
  purposes: ['marketing', 'confirmation'],
  /** Anything the checker did not pass outright gets a human's eyes. */
  flaggedStatuses: ['invalid', 'needs_review'],
} as const;

const FLAGGED: ReadonlySet<string> = new Set(SAMPLING_POPULATION.flaggedStatuses);

/** Whether the checker's own verdict flags a call (a human review does not unflag it). */
export function isFlagged(checkerStatus: string | null | undefined): boolean {
  return checkerStatus != null && FLAGGED.has(checkerStatus);
}
