import { parseNumber } from './numbers.js';

/** A number said with what it counts: "3万部", "两百多款", "30%", "三成", "1080P", "次月1日". */
export interface Quantity {
  value: number;
  /** The measure word or unit after it, folded ("号" → "日", "位" → "个"); '' when none. */
  unit: string;
  begin: number;
  end: number;
  raw: string;
}

const NUMERAL = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)';
/**
 * A number, an optional 万/千 multiplier, an optional 多/来/余 ("about"), then
 * a percent/成 or the first character after it as its unit. "上千"/"上万"
 * (thousands) and "百分之三十" are said without a leading numeral.
 */
const QUANTITY = new RegExp(
  `百分之${NUMERAL}|上([千万])|${NUMERAL}([万千])?(?:多|来|余)?(%|成|[A-Z]+|[\\u4e00-\\u9fff])?`,
  'g',
);
/** Units agents swap freely for one another. */
const UNIT_FOLD: Record<string, string> = {
  号: '日',
  块: '元',
  位: '个',
  名: '个',
  口: '个',
  钟: '点',
  G: 'GB',
  T: 'TB',
};

export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [raw, percentOf, roughly, numeral, multiplier, unitRaw] = m;
    let value: number | null;
    let unit = '';
    if (percentOf !== undefined) {
      value = parseNumber(percentOf);
      unit = '%';
    } else if (roughly !== undefined) {
      value = roughly === '千' ? 1000 : 10_000;
      unit = '';
    } else {
      value = parseNumber(numeral);
      if (value !== null && multiplier) value *= multiplier === '万' ? 10_000 : 1000;
      if (unitRaw === '成') {
        if (value !== null) value *= 10;
        unit = '%';
      } else if (unitRaw !== undefined) {
        unit = UNIT_FOLD[unitRaw] ?? unitRaw;
      }
    }
    if (value === null || !Number.isFinite(value)) continue;
    found.push({ value, unit, begin: m.index, end: m.index + raw.length, raw });
  }
  return found;
}

/**
 * Whether a script's quantity was said: the same value, and for 1 and 2 (which
 * every sentence has: 一个月, 两个) the same unit as well.
 */
export function quantitySaid(q: Quantity, said: readonly Quantity[]): boolean {
  return said.some((s) => s.value === q.value && (q.value > 2 || s.unit === q.unit));
}
