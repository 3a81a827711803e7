import type { DateTime } from 'luxon';
import { inZone, type Instant, toIso } from './time.js';

/**
 * The hours in which customers may be called, as local wall-clock minutes of the
 * day, half-open: [start, end). 20:00 itself is outside the default window, so a
 * job due at 20:00 moves to 09:00 the next day.
 */
export interface CallingWindow {
  startMinutes: number;
  endMinutes: number;
}

export const DEFAULT_CALLING_WINDOW: CallingWindow = { startMinutes: 9 * 60, endMinutes: 20 * 60 };

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOf(text: string): number {
  const match = HH_MM.exec(text.trim());
  if (!match) throw new RangeError(`Not a time of day (HH:mm): ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Parses configuration such as `09:00-20:00`. */
export function parseCallingWindow(spec: string): CallingWindow {
  const parts = spec.split('-');
  if (parts.length !== 2) throw new RangeError(`Not a calling window (HH:mm-HH:mm): ${spec}`);
  const window = { startMinutes: minutesOf(parts[0]), endMinutes: minutesOf(parts[1]) };
  if (window.startMinutes >= window.endMinutes) {
    throw new RangeError(`Calling window must start before it ends: ${spec}`);
  }
  return window;
}

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
