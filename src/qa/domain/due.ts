import { addBusinessDays } from './business-days.js';
import { localDateOf, startOfLocalDate } from './local-time.js';

/**
 * A review is due by the end of the N-th business day after the day the item
 * was drawn (local time): drawn Monday 01:00 with N = 2, due by the end of
 * Wednesday; drawn Saturday, due by the end of Tuesday.
 */
export function reviewDueAt(drawnAt: Date, businessDays: number, tz: string): Date {
  const lastDay = addBusinessDays(localDateOf(drawnAt, tz), businessDays);
  return startOfLocalDate(lastDay, tz).plus({ days: 1 }).toJSDate();
}

/** Open past its due time, or reviewed after it. */
export function isOverdue(item: { dueAt: Date; reviewedAt: Date | null }, now: Date): boolean {
  return (item.reviewedAt ?? now).getTime() >= item.dueAt.getTime();
}
