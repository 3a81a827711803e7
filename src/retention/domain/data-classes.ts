/**
 * The retention data classes (ids shared with the subjects work), the legal
 * minimum each must be kept, and the default clock a fresh install starts
 * with. Plain data: the policy rows in `retention_policies` override the
 * defaults, never the minimums.
 */
export const DATA_CLASSES = [
  'recordings_unsampled',
  'recordings_reviewed',
  'recordings_held',
  'transcripts',
  'calls',
  'trials',
  'dial_lists',
  'audit',
  'ledger',
] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/** Classes whose clock runs: a held recording is kept while its hold is open, whatever the days. */
export type ClockedClass = Exclude<DataClass, 'recordings_held'>;

export interface ClassRule {
  /** The shortest keep the law allows, in days (30 days: recordings, numbers, call times, consent proof; 5 months: orders). */
  legalMinimumDays: number;
  /** The default keep; null: no clock (kept while the hold is open). */
  defaultDays: number | null;
  /** What leaves when the clock runs out (README "Retention"). */
  action: string;
}

/** Five months, counted as 153 days (the longest five consecutive months), so no order leaves early. */
const FIVE_MONTHS = 153;

export const CLASS_RULES: Record<DataClass, ClassRule> = {
  recordings_unsampled: { legalMinimumDays: 30, defaultDays: 90, action: 'file deleted' },
  recordings_reviewed: { legalMinimumDays: 30, defaultDays: 365, action: 'file deleted' },
  recordings_held: { legalMinimumDays: 30, defaultDays: null, action: 'never while held' },
  transcripts: { legalMinimumDays: 30, defaultDays: 180, action: 'transcript erased' },
  calls: { legalMinimumDays: 30, defaultDays: 365, action: 'number anonymised' },
  trials: { legalMinimumDays: FIVE_MONTHS, defaultDays: 180, action: 'number anonymised' },
  dial_lists: { legalMinimumDays: 30, defaultDays: 90, action: 'files deleted' },
  audit: { legalMinimumDays: 30, defaultDays: 1095, action: 'rows deleted' },
  ledger: { legalMinimumDays: 30, defaultDays: 1095, action: 'evidence texts erased' },
};

export const isDataClass = (v: unknown): v is DataClass =>
  typeof v === 'string' && (DATA_CLASSES as readonly string[]).includes(v);

/** Why a proposed keep is refused, naming the class; null when it may be stored. */
export function policyProblem(dataClass: DataClass, keepDays: number | null): string | null {
  const rule = CLASS_RULES[dataClass];
  if (rule.defaultDays === null)
    return keepDays === null
      ? null
      : `${dataClass} has no clock: it is kept while its hold is open (keepDays must be null)`;
  if (keepDays === null || !Number.isInteger(keepDays))
    return `${dataClass}.keepDays must be a whole number of days`;
  if (keepDays < rule.legalMinimumDays)
    return `${dataClass}.keepDays ${keepDays} is below the legal minimum of ${rule.legalMinimumDays} days`;
  if (keepDays > 36_500) return `${dataClass}.keepDays must be at most 36500`;
  return null;
}
