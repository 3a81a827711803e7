/** Time limits of the complaint process, counted in plain hours from receipt. */
export interface DeadlineConfig {
  firstContactHours: number;
  resolutionHours: number;
}

export type OverdueKind = 'first_contact' | 'resolution';

export interface DeadlineState {
  closedAt: Date | null;
  firstContactedAt: Date | null;
  resolvedAt: Date | null;
  firstContactDueAt: Date;
  resolutionDueAt: Date;
}

const HOUR_MS = 3_600_000;

/**
 * Counted from receivedAt, not from when we recorded it: a complaint forwarded
 * late by the carrier has already used part of its time.
 */
export function dueTimes(receivedAt: Date, config: DeadlineConfig) {
  return {
    firstContactDueAt: new Date(receivedAt.getTime() + config.firstContactHours * HOUR_MS),
    resolutionDueAt: new Date(receivedAt.getTime() + config.resolutionHours * HOUR_MS),
  };
}

/** Which limits have passed unmet; a closed complaint is never overdue. */
export function overdueKinds(c: DeadlineState, now: Date): OverdueKind[] {
  if (c.closedAt) return [];
  const kinds: OverdueKind[] = [];
  if (!c.firstContactedAt && c.firstContactDueAt.getTime() < now.getTime())
    kinds.push('first_contact');
  if (!c.resolvedAt && c.resolutionDueAt.getTime() < now.getTime()) kinds.push('resolution');
  return kinds;
}

export interface ClosedDeadlineState {
  closedAt: Date;
  firstContactedAt: Date | null;
  resolvedAt: Date | null;
  firstContactDueAt: Date;
  resolutionDueAt: Date;
}

/**
 * Which limits a closed complaint missed. A milestone never stamped was met at
 * the close at the latest (a not-valid complaint closes without a handling
 * step), so the close time stands in for it.
 */
export function missedLimits(c: ClosedDeadlineState): OverdueKind[] {
  const kinds: OverdueKind[] = [];
  const contacted = c.firstContactedAt ?? c.closedAt;
  const resolved = c.resolvedAt ?? c.closedAt;
  if (contacted.getTime() > c.firstContactDueAt.getTime()) kinds.push('first_contact');
  if (resolved.getTime() > c.resolutionDueAt.getTime()) kinds.push('resolution');
  return kinds;
}
