import type { WorkOrderTally } from '../../qa/index.js';
import { compareText, rate } from './rates.js';

/**
 * 工单质量双向质检 per handler: the work orders of the week's draw (complaints
 * closed in the week) and what became of their reviews. A fail overturned on
 * contest counts as passed; rates are over reviewed work orders.
 */
export type WorkOrderHandlerCounts = WorkOrderTally;

export interface WorkOrderFigures {
  sampled: number;
  reviewed: number;
  passed: number;
  passRate: number | null;
  contested: number;
  overturned: number;
}

export interface WorkOrderHandlerFigures extends WorkOrderFigures {
  handler: { id: number | null; name: string };
}

export interface WorkOrderQaFigures extends WorkOrderFigures {
  handlers: WorkOrderHandlerFigures[];
}

const KEYS = ['sampled', 'reviewed', 'passed', 'contested', 'overturned'] as const;

function figures(c: Record<(typeof KEYS)[number], number>): WorkOrderFigures {
  return {
    sampled: c.sampled,
    reviewed: c.reviewed,
    passed: c.passed,
    passRate: rate(c.passed, c.reviewed),
    contested: c.contested,
    overturned: c.overturned,
  };
}

/** The centre's totals and one row per handler, by name (code-point order) then id. */
export function workOrderQa(rows: readonly WorkOrderHandlerCounts[]): WorkOrderQaFigures {
  const total = Object.fromEntries(
    KEYS.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)]),
  ) as Record<(typeof KEYS)[number], number>;
  const handlers = [...rows]
    .sort(
      (a, b) =>
        compareText(a.handlerName, b.handlerName) || (a.handlerId ?? 0) - (b.handlerId ?? 0),
    )
    .map((r) => ({ handler: { id: r.handlerId, name: r.handlerName }, ...figures(r) }));
  return { ...figures(total), handlers };
}
