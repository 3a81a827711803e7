import nzhcn from 'nzh/cn';
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

// Numerals repeat across turns and calls ("一", "十", "三十"); nzh's decoding allocates.
const numerals = new Map<string, number | null>();
function numeralValue(raw: string): number | null {
  let value = numerals.get(raw);
  if (value === undefined) {
    if (numerals.size >= 4096) numerals.clear();
    value = parseNumber(raw);
    numerals.set(raw, value);
  }
  return value;
}

export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [raw, percentOf, roughly, numeral, multiplier, unitRaw] = m;
    let value: number | null;
    let unit = '';
    if (percentOf !== undefined) {
      value = numeralValue(percentOf);
      unit = '%';
    } else if (roughly !== undefined) {
      value = roughly === '千' ? 1000 : 10_000;
      unit = '';
    } else {
      value = numeralValue(numeral);
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

/** How a quantity can be said: "30000", "3万", "三万"; "30%", "百分之三十", "三成"; "200", "两百". */
function spokenForms(q: Quantity): string[] {
  const v = q.value;
  const cn = (n: number) => nzhcn.encodeS(n) as string;
  const forms = new Set<string>([String(v), cn(v)]);
  if (Number.isInteger(v) && v >= 10_000 && v % 10_000 === 0) {
    forms.add(`${v / 10_000}万`).add(`${cn(v / 10_000)}万`);
  }
  if (Number.isInteger(v) && v >= 1000 && v < 10_000 && v % 1000 === 0) forms.add(`${v / 1000}千`);
  if (v === 1000) forms.add('上千');
  if (v === 10_000) forms.add('上万');
  if (q.unit === '%') {
    forms.add(`百分之${cn(v)}`);
    if (v % 10 === 0) forms.add(`${cn(v / 10)}成`);
  }
  // "一千万" is said "千万"; "二百" is said "两百"; "二" is said "两".
  for (const f of [...forms]) {
    if (f.startsWith('一') && f.length > 1 && !/^一[点]/.test(f)) forms.add(f.slice(1));
    if (f.startsWith('二')) forms.add(`两${f.slice(1)}`);
  }
  return [...forms];
}

const NUMERAL_CHAR = /[\d.零〇一二两三四五六七八九十百千万]/;
const ROUGHLY = /^(?:多|来|余)/;

/** One script quantity, ready to be looked for in turns by plain substring search. */
export interface QuantityProbe {
  quantity: Quantity;
  forms: string[];
}

export function quantityProbe(q: Quantity): QuantityProbe {
  return { quantity: q, forms: spokenForms(q) };
}

function unitAt(text: string, at: number): string {
  const rest = text
    .slice(at)
    .replace(ROUGHLY, '')
    .replace(/^个(?=[A-Z])/, '');
  const ch = rest.startsWith('%') ? '%' : (rest[0] ?? '');
  return UNIT_FOLD[ch] ?? ch;
}

/**
 * Whether a script's quantity was said: the same value, standing as a number of
 * its own (not part of a longer one), and for 1 and 2, which every sentence has
 * (一个月, 两个), with the same unit as well.
 */
export function quantitySaid(probe: QuantityProbe, text: string): boolean {
  const { quantity, forms } = probe;
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (at > 0 && NUMERAL_CHAR.test(text[at - 1])) continue;
      if (end < text.length && NUMERAL_CHAR.test(text[end])) continue;
      if (quantity.value > 2 || form.endsWith('成') || unitAt(text, end) === quantity.unit) {
        return true;
      }
    }
  }
  return false;
}
