import type { DateTime } from 'luxon';
import type { CallingWindow } from '../../config/calling-window.js';
import { inZone, type Instant, toIso } from './time.js';

export {
  type CallingWindow,
  DEFAULT_CALLING_WINDOW,
  parseCallingWindow,
} from '../../config/calling-window.js';

/** Wall-clock time on the same local day, so a DST day still opens at 09:00. */
function atMinutes(day: DateTime, minutes: number): DateTime {
  return day.set({
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
    second: 0,
    millisecond: 0,
  });
}

function minuteOfDay(dt: DateTime): number {
  return dt.hour * 60 + dt.minute;
}

export function isInCallingWindow(instant: Instant, window: CallingWindow, tz: string): boolean {
  const m = minuteOfDay(inZone(instant, tz));
  return m >= window.startMinutes && m < window.endMinutes;
}

/** The first window opening strictly after `instant` (today's if still ahead, else tomorrow's). */
export function nextWindowStart(instant: Instant, window: CallingWindow, tz: string): string {
  const local = inZone(instant, tz);
  const today = atMinutes(local, window.startMinutes);
  return toIso(today > local ? today : atMinutes(local.plus({ days: 1 }), window.startMinutes));
}

/** `instant` itself when callers may be rung then, otherwise the next opening. */
export function moveIntoWindow(instant: Instant, window: CallingWindow, tz: string): string {
  return isInCallingWindow(instant, window, tz)
    ? toIso(inZone(instant, tz))
    : nextWindowStart(instant, window, tz);
}

/** The window opening on a given local date. */
export function windowStartOn(localDate: DateTime, window: CallingWindow): string {
  return toIso(atMinutes(localDate, window.startMinutes));
}
