import type { Segment } from '../transcript/prepared.js';
import { findMoney, type MoneyMention } from '../text/money.js';
import { findDates, type DateMention } from '../text/dates.js';
import type { CallFacts } from './facts.js';

const DAY_MS = 86_400_000;

/** Days since the epoch, or null for an impossible date such as 2月30日. */
function dayNumber(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? ms / DAY_MS : null;
}

/** Days between a spoken date and the trial end; a missing year is the nearest that fits. */
export function distanceToTrialEnd(date: DateMention, facts: CallFacts): number | null {
  if (facts.trialEnd === null || facts.trialEndDay === null) return null;
  const end = facts.trialEndDay;
  const endYear = Number(facts.trialEnd.slice(0, 4));
  const years = date.year !== null ? [date.year] : [endYear - 1, endYear, endYear + 1];
  let best: number | null = null;
  for (const year of years) {
    const said = dayNumber(year, date.month, date.day);
    if (said === null) continue;
    const distance = Math.abs(said - end);
    if (best === null || distance < best) best = distance;
  }
  return best;
}

/** Trial end dates are checked to ±1 day: agents round "the 19th" vs "until the 20th". */
export const TRIAL_END_TOLERANCE_DAYS = 1;

/** Cheap gate before the money patterns: a unit, or a fee phrase a bare number may follow. */
const MONEY_HINT = /[元块圆¥毛角]|资费|月费|收费|每个?月|一个月|包月/;
const DATE_HINT = /[月./-]/;

export function moneyIn(s: Segment): MoneyMention[] {
  return s.memo('money', () => (MONEY_HINT.test(s.text) ? findMoney(s.text) : []));
}

export function datesIn(s: Segment, facts: CallFacts): DateMention[] {
  return s.memo(`dates:${facts.callYear}-${facts.callMonth}`, () =>
    DATE_HINT.test(s.text) ? findDates(s.text, facts.callYear, facts.callMonth) : [],
  );
}

const ASCII_TOKEN = /[A-Z0-9]{2,}/g;

export function tokensIn(s: Segment): Set<string> {
  return new Set(s.text.match(ASCII_TOKEN) ?? []);
}

/**
 * Whether a customer turn repeats a term of the offer in their own words: the
 * fee, the trial end or the cancel code/number. Used as proof of understanding.
 */
export function restatedTerm(s: Segment, facts: CallFacts, after = 0): string | null {
  const fee = moneyIn(s).find((m) => m.begin >= after && m.cents === facts.feeCents);
  if (fee) return fee.raw;
  const date = datesIn(s, facts).find((d) => {
    const distance = distanceToTrialEnd(d, facts);
    return d.begin >= after && distance !== null && distance <= TRIAL_END_TOLERANCE_DAYS;
  });
  if (date) return date.raw;
  const tokens = s.text.slice(after).match(ASCII_TOKEN) ?? [];
  return tokens.find((t) => facts.cancelTokens.has(t)) ?? null;
}
