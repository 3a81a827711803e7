import nzhcn from 'nzh/cn';

/** Characters that can make up a spoken Chinese numeral, lower or upper (financial) case. */
export const CN_NUMERAL_CHARS = '零〇幺一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟';
/** "9.9", "九点九" (a spoken decimal), "十九". */
export const NUMBER_PATTERN = `\\d+(?:\\.\\d+)?|[${CN_NUMERAL_CHARS}]+(?:点[${CN_NUMERAL_CHARS}]+)?`;

/** nzh decodes simplified lower-case numerals only; fold the rest onto them. */
const FOLD: Record<string, string> = {
  两: '二',
  〇: '零',
  幺: '一',
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
};
const UNITS = /[十百千]/;
const DIGIT_OF: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parses "10", "10.5", "十", "二十五", "拾", "两百", "一二" (digit by digit); null if not a number. */
export function parseNumber(raw: string): number | null {
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw);
  const dot = raw.indexOf('点');
  if (dot > 0) {
    const whole = parseNumber(raw.slice(0, dot));
    const tenths = [...raw.slice(dot + 1)].map((c) => parseNumber(c));
    if (whole === null || tenths.some((d) => d === null || d > 9)) return null;
    return Number(`${whole}.${tenths.join('')}`);
  }
  const folded = [...raw].map((c) => FOLD[c] ?? c).join('');
  if (!UNITS.test(folded)) {
    // No place units: read digit by digit, as in "一二" or a spoken number.
    let value = 0;
    for (const c of folded) {
      const d = DIGIT_OF[c];
      if (d === undefined) return null;
      value = value * 10 + d;
    }
    return folded.length > 0 ? value : null;
  }
  const decoded = Number(nzhcn.decodeS(folded));
  return Number.isFinite(decoded) && decoded > 0 ? decoded : null;
}
