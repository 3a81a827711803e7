import { DateTime } from 'luxon';

const isoWeek = (d: DateTime) => `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;

/** The running ISO week and the last complete one, in the centre's time zone. */
export function currentWeeks(timeZone: string, now = new Date()) {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  return { thisWeek: isoWeek(local), lastWeek: isoWeek(local.minus({ weeks: 1 })) };
}

/** "2026-W47" → "2026年第47周". */
export function weekTitle(week: string): string {
  const [year, w] = week.split('-W');
  return `${year}年第${Number(w)}周`;
}
