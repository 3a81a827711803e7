// The calling window is configuration (CALLING_WINDOW, validated at start), so its
// shape and parser live with the configuration; the trials' window arithmetic imports them.
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
