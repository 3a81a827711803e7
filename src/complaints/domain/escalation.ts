/** Repeated and important complaints escalate (domain §4). */
export const REPEAT_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

export interface EarlierComplaint {
  id: number;
  receivedAt: Date;
}

export interface EscalationInput {
  severity: 'minor' | 'serious';
  receivedAt: Date;
  /** Other complaints from the same normalised number, any status. */
  others: EarlierComplaint[];
}

/**
 * The reason a new complaint escalates, or null. "Within 30 days" looks both
 * ways: a carrier may forward an older complaint after a newer one was recorded,
 * and two complaints 10 days apart are a repeat whichever arrived first.
 */
export function escalationReason(input: EscalationInput): string | null {
  const reasons: string[] = [];
  if (input.severity === 'serious') reasons.push('serious complaint');
  const repeat = input.others
    .filter((o) => Math.abs(o.receivedAt.getTime() - input.receivedAt.getTime()) <= windowMs())
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())[0];
  if (repeat) {
    reasons.push(
      `repeat complaint: complaint #${repeat.id} from the same number was received ` +
        `${repeat.receivedAt.toISOString()} (within ${REPEAT_WINDOW_DAYS} days)`,
    );
  }
  return reasons.length ? reasons.join('; ') : null;
}

/** The receivedAt range that holds every possible repeat of a complaint. */
export function repeatWindow(receivedAt: Date): { from: Date; to: Date } {
  return {
    from: new Date(receivedAt.getTime() - windowMs()),
    to: new Date(receivedAt.getTime() + windowMs()),
  };
}

function windowMs(): number {
  return REPEAT_WINDOW_DAYS * DAY_MS;
}
