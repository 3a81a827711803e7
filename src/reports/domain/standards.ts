import { rate } from './rates.js';
import { STANDARD_REPORT_LABELS, STANDARDS, type Standard } from '../../compliance/index.js';
import type { StandardFailures } from './report-types.js';

/** Failures of one standard in the week and a few calls that show them. */
export interface FailureCount {
  failures: number;
  exampleCallIds: number[];
}

/** The call's console page (player, transcript, verdicts, reviews). */
export const callUrl = (id: number) => `/console/calls/${id}`;

/** All four standards in their fixed order, each with its example calls. */
export function standardFailures(
  counts: Record<Standard, FailureCount>,
  sales: number,
): StandardFailures[] {
  return STANDARDS.map((standard) => ({
    standard,
    label: STANDARD_REPORT_LABELS[standard],
    failures: counts[standard].failures,
    failureRate: rate(counts[standard].failures, sales),
    examples: counts[standard].exampleCallIds.map((callId) => ({ callId, url: callUrl(callId) })),
  }));
}

/** The standards that failed at least once, most failed first (ties keep the standards' order). */
export function problems(all: StandardFailures[]): StandardFailures[] {
  return all.filter((s) => s.failures > 0).sort((a, b) => b.failures - a.failures);
}
