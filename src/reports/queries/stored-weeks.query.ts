import type { EntityManager } from 'typeorm';
import type { StoredWeek } from '../domain/call-figures.js';
import { ReportSnapshot } from '../snapshots/report-snapshot.entity.js';

/**
 * The latest stored revision of each of `weeks` that has one: the trend shows
 * earlier weeks as reported (corrections included), which also keeps a
 * report's cost to its own week instead of eight weeks of calls.
 */
export async function storedWeeks(
  m: EntityManager,
  weeks: string[],
): Promise<Map<string, StoredWeek>> {
  if (weeks.length === 0) return new Map();
  const latest = await m
    .createQueryBuilder()
    .select('s.week', 'week')
    .addSelect('MAX(s.revision)', 'revision')
    .from(ReportSnapshot, 's')
    .where('s.week IN (:...weeks)', { weeks })
    .groupBy('s.week')
    .getRawMany<{ week: string; revision: number | string }>();
  if (latest.length === 0) return new Map();
  const rows = await m.getRepository(ReportSnapshot).find({
    where: latest.map((l) => ({ week: l.week, revision: Number(l.revision) })),
  });
  return new Map(
    rows.map(({ week, revision, figures: f }) => [
      week,
      {
        revision,
        counts: {
          dials: f.dials,
          connected: f.connected,
          sales: f.sales,
          validSales: f.validSales,
        },
      },
    ]),
  );
}
