import { rate } from './rates.js';
import { STANDARDS, type Standard, type StandardFailures } from './report-types.js';

/** The four valid-marketing standards (电话营销合格标准) as a carrier manager reads them. */
export const STANDARD_LABELS: Record<Standard, string> = {
  identity: '身份核实：机主或能做主的家人，且同意听介绍',
  comprehension: '神智清醒，能听懂营销内容',
  script: '按核准脚本完整告知资费、体验期、取消方式等',
  consent: '用户明确同意开通',
};

/** Short names for chart axes. */
export const STANDARD_SHORT: Record<Standard, string> = {
  identity: '身份核实',
  comprehension: '清醒理解',
  script: '脚本告知',
  consent: '明确同意',
};

/** Failures of one standard in the week and a few calls that show them. */
export interface FailureCount {
  failures: number;
  exampleCallIds: number[];
}

export const callUrl = (id: number) => `/api/calls/${id}`;

/** All four standards in their fixed order, each with its example calls. */
export function standardFailures(
  counts: Record<Standard, FailureCount>,
  sales: number,
): StandardFailures[] {
  return STANDARDS.map((standard) => ({
    standard,
    label: STANDARD_LABELS[standard],
    failures: counts[standard].failures,
    failureRate: rate(counts[standard].failures, sales),
    examples: counts[standard].exampleCallIds.map((callId) => ({ callId, url: callUrl(callId) })),
  }));
}

/** The standards that failed at least once, most failed first (ties keep the standards' order). */
export function problems(all: StandardFailures[]): StandardFailures[] {
  return all.filter((s) => s.failures > 0).sort((a, b) => b.failures - a.failures);
}
