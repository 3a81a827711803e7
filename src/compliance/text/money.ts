import { NUMBER_PATTERN, parseNumber } from './numbers.js';

export interface MoneyMention {
  cents: number;
  begin: number;
  end: number;
  raw: string;
}

/**
 * "10元", "十块钱", "拾元", "二十块五", "10.5元", "¥10". A trailing digit after
 * 块 is read as 角 only when it ends the clause or carries 角/毛, so that
 * "十块一个月" stays ten yuan.
 */
const MONEY = new RegExp(
  `(?:¥(\\d+(?:\\.\\d+)?))|(${NUMBER_PATTERN})(?:元|块|圆)(?:钱)?(?:([0-9一二两三四五六七八九])(?:角|毛|(?=[,。?]|$)))?`,
  'g',
);

export function findMoney(text: string): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  for (const m of text.matchAll(MONEY)) {
    const yuan = parseNumber(m[1] ?? m[2]);
    if (yuan === null) continue;
    const jiao = m[3] ? (parseNumber(m[3]) ?? 0) : 0;
    const cents = Math.round(yuan * 100) + jiao * 10;
    mentions.push({ cents, begin: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  return mentions;
}
