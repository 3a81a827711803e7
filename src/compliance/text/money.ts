import { NUMBER_PATTERN, parseNumber } from './numbers.js';

export interface MoneyMention {
  cents: number;
  begin: number;
  end: number;
  raw: string;
  /** "每天一块钱": an amount per day, to be compared with the monthly fee as 30 days. */
  perDay: boolean;
  /** Said with 元/块/毛 or ¥; false for a bare number in a fee sentence ("每个月十五"). */
  withUnit: boolean;
}

/** After 块 these begin a count or a period ("十块一个月"), not the 角 of "十九块九". */
const NOT_JIAO_AFTER = '个天月年分块元次本台张部款份倍GB%';
const DIGIT = '[0-9一二三四五六七八九]';
/** A 角 or 分 digit ends the amount: no further digit or count unit after it, or the period. */
const DIGIT_ENDS = `(?:(?=一个月|一天|一月)|(?![${NOT_JIAO_AFTER}一二两三四五六七八九十\\d]))`;
/**
 * "10元", "十块钱", "拾元", "十九块九", "九块九毛九", "9块99", "9.9元", "五毛钱", "¥10".
 * 块 followed by 儿 is "together" (一块儿) and 块 before a noun is a measure word
 * (两块屏): only 块 ending the amount, or followed by 钱 or a 角 digit, is money. A 角
 * digit may run into the period ("六块六一个月"); two Arabic digits after 块 are 角 and 分
 * ("9块99"). ASR writes 块 as its homophone 快 ("30快"); after a number it is read as 块,
 * under the same rule. Cantonese 蚊 (块) and 毫(子) (毛) likewise ("六蚊六", "三毫子").
 */
const MONEY = new RegExp(
  `(?:¥(?<yen>\\d+(?:\\.\\d+)?))` +
    `|(?<yuan>${NUMBER_PATTERN})(?:(?:元|圆)|(?<block>块|快|蚊)(?!儿))(?:钱)?` +
    `(?:(?<jiao2>\\d)(?<fen2>\\d)(?!\\d)` +
    `|(?<jiao>${DIGIT})(?:(?:角|毛)(?:(?<fen>${DIGIT})分?${DIGIT_ENDS})?|${DIGIT_ENDS}))?` +
    `|(?<jiaoOnly>${NUMBER_PATTERN})(?:毛|角|毫)(?:钱|子)?`,
  'g',
);
/** 块 as money must end the clause or be followed by words that go with a fee. */
const AFTER_MONEY_BLOCK =
  /^(?:$|[,。?]|钱|一个月|每月|一月|一天|每天|的|就|左右|而已|包月|月费|从|直接|话费|扣|收|呢|吧|啊|哦|嘛|吗|呀|哈|多|整|一|两|九|是吧|是吗|是不是|对吧|对吗|对不对)/;
/**
 * A bare number is a price only straight after a fee phrase: "每个月十五", "月费九块九";
 * not when a unit of something else follows it ("每月两TB", "每个月三节课").
 */
const BARE_PRICE = new RegExp(
  `(资费|月费|收费|每个?月|一个月|包月)(?:是|就|只要|只收|才|收|也就|的话)*(${NUMBER_PATTERN})(?![\\d.${NOT_JIAO_AFTER}号日元块毛角钱天周小秒人首条件折起倍亿万千百十零一二两三四五六七八九集场局节课套屏项位A-Za-z])`,
  'g',
);
/** "每天0.6元", "一天也就一块钱", Cantonese "一日六毫子". */
const PER_DAY = /(?:每天|一天|每日|一日|天天)(?:只要|就|才|是|收|也就|也才|只|大概|差不多)*$/;

function mention(text: string, at: number, raw: string, cents: number, withUnit: boolean) {
  const before = text.slice(Math.max(0, at - 6), at);
  const after = text.slice(at + raw.length, at + raw.length + 3);
  const perDay = PER_DAY.test(before) || /^(?:钱)?(?:一天|每天|一日|每日)/.test(after);
  return { cents, begin: at, end: at + raw.length, raw, perDay, withUnit };
}

export function findMoney(text: string): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  for (const m of text.matchAll(MONEY)) {
    const g = m.groups!;
    const yuan = g.jiaoOnly !== undefined ? 0 : parseNumber(g.yen ?? g.yuan);
    if (yuan === null) continue;
    const jiaoDigit = g.jiao ?? g.jiao2;
    // "十块钱" is money whatever follows; a bare "十块" only where a fee's words go on.
    const bareBlock = g.block && jiaoDigit === undefined && !m[0].endsWith('钱');
    if (bareBlock && !AFTER_MONEY_BLOCK.test(text.slice(m.index + m[0].length))) continue;
    const jiao =
      g.jiaoOnly !== undefined ? parseNumber(g.jiaoOnly) : jiaoDigit ? parseNumber(jiaoDigit) : 0;
    const fenDigit = g.fen ?? g.fen2;
    const fen = fenDigit ? parseNumber(fenDigit) : 0;
    if (jiao === null || fen === null) continue;
    mentions.push(mention(text, m.index, m[0], Math.round(yuan * 100) + jiao * 10 + fen, true));
  }
  for (const m of text.matchAll(BARE_PRICE)) {
    const at = m.index + m[1].length + m[0].slice(m[1].length).indexOf(m[2]);
    if (mentions.some((x) => at >= x.begin && at < x.end)) continue;
    const yuan = parseNumber(m[2]);
    if (yuan === null || yuan <= 0) continue;
    mentions.push(mention(text, at, m[2], Math.round(yuan * 100), false));
  }
  return shortOf(
    text,
    mentions.sort((a, b) => a.begin - b.begin),
  );
}

/** "差一毛二十块": an amount said as what it falls short of a round sum (19.9元). */
const SHORT_OF = /差$/;

function shortOf(text: string, mentions: MoneyMention[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const [gap, sum] = [mentions[i], mentions[i + 1]];
    const adjoining = sum && sum.begin === gap.end && gap.cents < 100 && sum.cents > gap.cents;
    if (adjoining && SHORT_OF.test(text.slice(Math.max(0, gap.begin - 1), gap.begin))) {
      const raw = text.slice(gap.begin - 1, sum.end);
      out.push({ ...sum, cents: sum.cents - gap.cents, begin: gap.begin - 1, raw });
      i++;
    } else out.push(gap);
  }
  return out;
}
