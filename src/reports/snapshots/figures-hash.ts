import { createHash } from 'node:crypto';
import type { WeeklyReport } from '../domain/report-types.js';

/**
 * What "the figures changed" means for a revision: everything in the report
 * but the moment it was generated. The report is built with a fixed key order,
 * so its JSON is canonical and equal figures hash equal.
 */
export function figuresHash(report: WeeklyReport): string {
  const { generatedAt: _generatedAt, ...figures } = report;
  return createHash('sha256').update(JSON.stringify(figures)).digest('hex');
}
