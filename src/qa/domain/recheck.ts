import { addBusinessDays, type BusinessCalendar } from './business-days.js';
import { type Instant, inZone, localDateOf, startOfLocalDate, utcIso } from './local-time.js';

/**
 * 对于上次抽查中不合格的录音的相关人员 … 要加强多次重复核查.
 *
 * A failed review puts the agent on the re-check list; while on it, every sale of
 * theirs is sampled. They come off after `releaseAfterPasses` consecutive passing
 * reviews, or once `releaseAfterBusinessDays` business days have fully passed
 * after the failure day (a failure on Monday 11-16 with N = 10 covers up to the
 * end of Monday 11-30). A new failure while on the list resets both the pass
 * counter and the business-day clock: the agent has to show improvement after
 * the latest failure. Passing reviews of calls made before the latest failure
 * say nothing about improvement and are ignored when the call time is given.
 */
export interface RecheckPolicy {
  releaseAfterPasses: number;
  releaseAfterBusinessDays: number;
  calendar?: BusinessCalendar;
}

export const DEFAULT_RECHECK_POLICY: RecheckPolicy = {
  releaseAfterPasses: 5,
  releaseAfterBusinessDays: 10,
};

export interface RecheckEntry {
  agentCode: string;
  reason: string;
  /** When this stint on the list began (UTC ISO). */
  since: string;
  lastFailureAt: string;
  consecutivePasses: number;
  /** Exclusive end by business days, counted from the last failure. */
  until: string;
  releasedAt?: string;
  releaseReason?: 'passes' | 'business_days';
}

export interface ReviewEvent {
  at: Instant;
  /** When the reviewed call was made, if known. */
  callStartedAt?: Instant;
}

const ms = (instant: Instant, tz = 'UTC') => inZone(instant, tz).toMillis();

export function isUnderRecheck(entry: RecheckEntry | undefined, at: Instant): boolean {
  if (!entry || ms(at) < ms(entry.since)) return false;
  const end = entry.releasedAt ?? entry.until;
  return ms(at) < ms(end);
}

function recheckUntil(failureAt: Instant, policy: RecheckPolicy, tz: string): string {
  const lastDay = addBusinessDays(
    localDateOf(failureAt, tz),
    policy.releaseAfterBusinessDays,
    policy.calendar,
  );
  return utcIso(startOfLocalDate(lastDay, tz).plus({ days: 1 }));
}

export function recordFailedReview(
  entry: RecheckEntry | undefined,
  failure: ReviewEvent & { agentCode: string; reason: string },
  policy: RecheckPolicy,
  tz: string,
): RecheckEntry {
  if (entry && entry.agentCode !== failure.agentCode) {
    throw new RangeError(`Entry for ${entry.agentCode} given a failure of ${failure.agentCode}`);
  }
  const at = utcIso(inZone(failure.at, 'UTC'));
  const stillOn = entry !== undefined && isUnderRecheck(entry, at);
  return {
    agentCode: failure.agentCode,
    reason: failure.reason,
    since: stillOn ? entry.since : at,
    lastFailureAt: at,
    consecutivePasses: 0,
    until: recheckUntil(at, policy, tz),
  };
}

export function recordPassedReview(
  entry: RecheckEntry,
  pass: ReviewEvent,
  policy: RecheckPolicy,
): RecheckEntry {
  if (!isUnderRecheck(entry, pass.at)) return entry;
  if (pass.callStartedAt !== undefined && ms(pass.callStartedAt) < ms(entry.lastFailureAt)) {
    return entry;
  }
  const consecutivePasses = entry.consecutivePasses + 1;
  if (consecutivePasses < policy.releaseAfterPasses) return { ...entry, consecutivePasses };
  return {
    ...entry,
    consecutivePasses,
    releasedAt: utcIso(inZone(pass.at, 'UTC')),
    releaseReason: 'passes',
  };
}

/** Marks an entry whose business-day window has run out as released (for listings). */
export function settleRecheck(entry: RecheckEntry, now: Instant): RecheckEntry {
  if (entry.releasedAt || ms(now) < ms(entry.until)) return entry;
  return { ...entry, releasedAt: entry.until, releaseReason: 'business_days' };
}
