import { NUMBER_PATTERN, parseNumber } from './numbers.js';

export interface DateMention {
  /** Present only when the speaker said the year. */
  year: number | null;
  month: number;
  day: number;
  begin: number;
  end: number;
  raw: string;
}

const MONTH_DAY = new RegExp(
  `(?:(\\d{4})年)?(${NUMBER_PATTERN})月(?:份)?(${NUMBER_PATTERN})(?:日|号)`,
  'g',
);
/** "12.19", "12/19", "12-19"; not an amount ("12.5元") or a size ("1.5G"). */
const NUMERIC = /(?<![\d.])(\d{1,2})[./-](\d{1,2})(?![\d.]|元|圆|块|快|蚊|毛|角|G|个|%|倍|折)/g;
const RELATIVE = new RegExp(`(下个?月|这个?月|本月)(${NUMBER_PATTERN})(?:日|号)`, 'g');

function valid(month: number | null, day: number | null): boolean {
  return month !== null && day !== null && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Dates as agents say them. Relative dates ("下个月19号") resolve against the
 * call's local date, given as year and month.
 */
export function findDates(text: string, callYear: number, callMonth: number): DateMention[] {
  const found: DateMention[] = [];
  const push = (
    year: number | null,
    month: number | null,
    day: number | null,
    m: RegExpMatchArray,
  ) => {
    if (!valid(month, day)) return;
    found.push({
      year,
      month: month!,
      day: day!,
      begin: m.index!,
      end: m.index! + m[0].length,
      raw: m[0],
    });
  };
  for (const m of text.matchAll(MONTH_DAY)) {
    push(m[1] ? Number(m[1]) : null, parseNumber(m[2]), parseNumber(m[3]), m);
  }
  for (const m of text.matchAll(NUMERIC)) {
    push(null, Number(m[1]), Number(m[2]), m);
  }
  for (const m of text.matchAll(RELATIVE)) {
    const next = m[1].startsWith('下');
    const month = next ? (callMonth % 12) + 1 : callMonth;
    const year = next && callMonth === 12 ? callYear + 1 : callYear;
    push(year, month, parseNumber(m[2]), m);
  }
  return found.sort((a, b) => a.begin - b.begin);
}
