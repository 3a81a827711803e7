/**
 * The report's complaint section as the source asks for it (投诉原因、处理结果):
 * causes by category with complaints to open, outcomes, and handling times
 * against the limits. Pure: the week's complaints in, figures out.
 */
import type { ReceivedComplaint } from '../../complaints/index.js';
import { compareText } from './rates.js';

/** One complaint of the week, as the complaints module tells it (type only: this file stays pure). */
export type ComplaintRow = ReceivedComplaint;

export interface ComplaintLimits {
  firstContactHours: number;
  resolutionHours: number;
}

export interface ComplaintCategoryFigures {
  category: string;
  count: number;
  /** Up to three of the category's complaints, oldest first. */
  examples: { complaintId: number; url: string }[];
}

export interface HandlingTime {
  /** Complaints that reached the milestone. */
  n: number;
  medianHours: number | null;
  p90Hours: number | null;
  limitHours: number;
  /** Of those n, how many reached it within the limit. */
  withinLimit: number;
}

export interface ComplaintHandling {
  resolved: number;
  reopened: number;
  escalated: number;
  /** Not closed, and a limit passed unmet when the report was made. */
  openPastDeadline: number;
  firstContact: HandlingTime;
  resolution: HandlingTime;
}

const EXAMPLES = 3;
const HOUR_MS = 3_600_000;

export function complaintCategories(rows: ComplaintRow[]): ComplaintCategoryFigures[] {
  const byCategory = new Map<string, ComplaintRow[]>();
  for (const row of rows)
    byCategory.set(row.category, [...(byCategory.get(row.category) ?? []), row]);
  return [...byCategory]
    .map(([category, of]) => ({
      category,
      count: of.length,
      examples: [...of]
        .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id - b.id)
        .slice(0, EXAMPLES)
        .map((c) => ({ complaintId: c.id, url: `/api/complaints/${c.id}` })),
    }))
    .sort((a, b) => b.count - a.count || compareText(a.category, b.category));
}

export function complaintHandling(
  rows: ComplaintRow[],
  limits: ComplaintLimits,
  now: Date,
): ComplaintHandling {
  const open = rows.filter((r) => r.status !== 'closed');
  return {
    resolved: rows.length - open.length,
    reopened: rows.filter((r) => r.reopenCount > 0).length,
    escalated: rows.filter((r) => r.escalated).length,
    openPastDeadline: open.filter((r) => pastDeadline(r, now)).length,
    firstContact: handlingTime(rows, (r) => r.firstContactedAt, limits.firstContactHours),
    resolution: handlingTime(rows, (r) => r.resolvedAt, limits.resolutionHours),
  };
}

function pastDeadline(r: ComplaintRow, now: Date): boolean {
  const t = now.getTime();
  return (
    (!r.firstContactedAt && r.firstContactDueAt.getTime() < t) ||
    (!r.resolvedAt && r.resolutionDueAt.getTime() < t)
  );
}

function handlingTime(
  rows: ComplaintRow[],
  reached: (r: ComplaintRow) => Date | null,
  limitHours: number,
): HandlingTime {
  const hours = rows
    .flatMap((r) => {
      const at = reached(r);
      return at ? [(at.getTime() - r.receivedAt.getTime()) / HOUR_MS] : [];
    })
    .sort((a, b) => a - b);
  return {
    n: hours.length,
    medianHours: percentile(hours, 0.5),
    p90Hours: percentile(hours, 0.9),
    limitHours,
    withinLimit: hours.filter((h) => h <= limitHours).length,
  };
}

/** Nearest rank, to one decimal of an hour; null for no values. */
function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const value = sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return Math.round(value * 10) / 10;
}
