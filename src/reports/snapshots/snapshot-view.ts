import type { RevisionSummaryView, RevisionView } from '../report-view.js';
import type { ReportSnapshot } from './report-snapshot.entity.js';

/** A revision as listed: who and when, and the headline figures to compare revisions at a glance. */
export function toRevisionSummary(s: ReportSnapshot): RevisionSummaryView {
  const f = s.figures;
  return {
    week: s.week,
    revision: s.revision,
    generatedAt: s.generatedAt.toISOString(),
    generatedBy: s.generatedById === null ? null : { id: s.generatedById, name: s.generatedByName },
    trigger: s.generatedById === null ? 'schedule' : 'manual',
    reason: s.reason,
    reportVersion: s.reportVersion,
    engineVersion: s.engineVersion,
    figuresHash: s.figuresHash,
    headline: {
      dials: f.dials,
      connectRate: f.connectRate,
      sales: f.sales,
      validSales: f.validSales,
      validRate: f.validRate,
      complaints: f.complaints,
      complaintsResolved: f.complaintsResolved,
    },
  };
}

export function toRevisionDetail(s: ReportSnapshot): RevisionView {
  return { ...toRevisionSummary(s), figures: s.figures };
}
