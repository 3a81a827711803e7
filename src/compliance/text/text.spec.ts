import { normalizeText } from './normalize.js';
import { parseNumber } from './numbers.js';
import { findMoney } from './money.js';
import { findDates } from './dates.js';
import { isNegatedAt } from './negation.js';
import { splitClauses } from './clauses.js';
import { keywordSet } from './keywords.js';

describe('normalizeText', () => {
  it('folds full-width characters, spaces and punctuation', () => {
    expect(normalizeText('发送 ＴＤ 到 １０６５８８８８！ 好吗？')).toBe('发送TD到10658888。好吗?');
    expect(normalizeText('嗯……可以、开吧；')).toBe('嗯,可以,开吧,');
  });

  it('keeps dots and slashes inside numbers and dates', () => {
    expect(normalizeText('到12.19，收10.5元，或12/19')).toBe('到12.19,收10.5元,或12/19');
  });

  it('turns spoken digit strings into numbers and unifies data sizes', () => {
    expect(normalizeText('打幺零零八六')).toBe('打10086');
    expect(normalizeText('5个G，5G')).toBe('5GB,5GB');
  });

  it('joins a code spelled letter by letter or with spaces', () => {
    expect(normalizeText('发送Q、X、S、P到10658899')).toBe('发送QXSP到10658899');
    expect(normalizeText('发 QX SP 到')).toBe('发QXSP到');
  });

  it('writes the ASR homophones of 机主 as 机主', () => {
    expect(normalizeText('您是鸡主本人吗 我就是基主')).toBe('您是机主本人吗我就是机主');
  });
});

describe('parseNumber', () => {
  it.each([
    ['10', 10],
    ['十', 10],
    ['二十', 20],
    ['十九', 19],
    ['拾', 10],
    ['贰拾', 20],
    ['两百', 200],
    ['一二', 12],
    ['10.5', 10.5],
  ])('%s → %d', (raw, n) => {
    expect(parseNumber(raw)).toBe(n);
  });
});

describe('findMoney', () => {
  it.each([
    ['每月10元', 1000],
    ['一个月十块', 1000],
    ['十块钱一个月', 1000],
    ['拾元', 1000],
    ['二十块钱', 2000],
    ['两块五', 250],
    ['5元8角', 580],
    ['¥10', 1000],
  ])('%s → %i cents', (text, cents) => {
    expect(findMoney(normalizeText(text)).map((m) => m.cents)).toEqual([cents]);
  });

  it('ignores numbers that are not money', () => {
    expect(findMoney(normalizeText('打10086，前30天，5GB流量'))).toEqual([]);
  });

  it.each(['每月两TB空间', '每个月三节课', '一个月2T的空间'])(
    'reads no fee in a bare number that another unit follows: %s',
    (text) => {
      expect(findMoney(normalizeText(text))).toEqual([]);
    },
  );

  it.each([
    ['十九块九和月租一起扣', 1990],
    ['月费9.9元', 990],
    ['资费九点九元', 990],
    ['五毛钱', 50],
    ['每个月十五，话费里扣', 1500],
  ])('reads decimals, 毛 and a bare fee after a fee phrase: %s → %i', (text, cents) => {
    expect(findMoney(normalizeText(text)).map((m) => m.cents)).toEqual([cents]);
  });

  it('does not read 块 as a measure word or "together" as money', () => {
    expect(findMoney(normalizeText('两块屏一块儿用，跟月租一块儿扣'))).toEqual([]);
    expect(findMoney(normalizeText('每个月300分钟，每月50本，每个月十五号'))).toEqual([]);
  });

  it.each([
    ['一个月十块是吧', 1000],
    ['十块钱是吧', 1000],
    ['就十块吗', 1000],
    ['十块对吧?', 1000],
  ])('reads a fee asked back as a question: %s → %i', (text, cents) => {
    expect(findMoney(normalizeText(text)).map((m) => m.cents)).toEqual([cents]);
  });

  it.each([
    ['月费9块99，从话费里扣', 999],
    ['九块九毛九一个月', 999],
    ['十九块九毛九', 1999],
    ['十块五毛一天', 1050],
    ['差一毛二十块一个月', 1990],
    ['差两毛十块钱', 980],
  ])('reads 分 after 块 or 毛, and an amount said short of a round sum: %s → %i', (text, cents) => {
    expect(findMoney(normalizeText(text)).map((m) => m.cents)).toEqual([cents]);
  });

  it('marks an amount per day', () => {
    expect(findMoney(normalizeText('每天一块钱'))[0]).toMatchObject({ cents: 100, perDay: true });
  });
});

describe('findDates', () => {
  it.each([
    ['12月19日', 12, 19],
    ['十二月十九号', 12, 19],
    ['12.19', 12, 19],
    ['12/19', 12, 19],
    ['下个月19号', 12, 19],
  ])('%s → %i/%i', (text, month, day) => {
    const [d] = findDates(normalizeText(text), 2026, 11);
    expect(d).toMatchObject({ month, day });
  });

  it('rolls "下个月" over the year end', () => {
    expect(findDates('下个月3号', 2026, 12)[0]).toMatchObject({ year: 2027, month: 1, day: 3 });
  });

  it('does not read amounts or sizes as dates', () => {
    expect(findDates(normalizeText('10.5元，1.5G'), 2026, 11)).toEqual([]);
  });
});

describe('isNegatedAt', () => {
  const negated = (text: string, word: string) => isNegatedAt(text, text.indexOf(word));
  it('sees a negator a few characters back, within the clause', () => {
    expect(negated('我不同意', '同意')).toBe(true);
    expect(negated('你别给我开', '给我开')).toBe(true);
    expect(negated('我是不会同意的', '同意')).toBe(true);
    expect(negated('不是,同意', '同意')).toBe(false);
  });

  it('ignores words that only look negative', () => {
    expect(negated('非常同意', '同意')).toBe(false);
    expect(negated('要不就开吧', '开吧')).toBe(false);
    expect(negated('不错开吧', '开吧')).toBe(false);
  });
});

describe('splitClauses', () => {
  it('splits at marks and flags questions', () => {
    const [a, b, c] = splitClauses('如果不想用了,怎么退?好,开吧');
    expect(a).toMatchObject({ text: '如果不想用了', question: false });
    expect(b).toMatchObject({ text: '怎么退', question: true });
    expect(c).toMatchObject({ text: '好', question: false });
  });
});

describe('keywordSet', () => {
  it('folds synonyms and drops function-word bigrams', () => {
    const k = keywordSet(normalizeText('下载APP用手机号登陆就可以了'));
    expect(k.has('客户')).toBe(true);
    expect(k.has('登录')).toBe(true);
    expect(k.has('本机')).toBe(true);
    expect(k.has('可以')).toBe(false);
  });
});

describe('normalizeText: codes and decimals as ASR writes them', () => {
  it.each([
    ['编辑短信Q、X、Y、C，数字八，发送到', '编辑短信QXYC8,发送到'],
    ['发TQ再加一个数字0到10658123', '发TQ0到10658123'],
    ['资费是每天0点3元', '资费是每天0.3元'],
    ['每月9点9块', '每月9.9块'],
  ])('reads %s', (raw, canonical) => {
    expect(normalizeText(raw)).toBe(canonical);
  });

  it('leaves a time of day alone', () => {
    expect(normalizeText('下午3点30分给您回电')).toBe('下午3点30分给您回电');
  });
});

describe('findMoney: Cantonese units and amounts that are no fee', () => {
  it.each([
    ['每个月六蚊六', 660],
    ['二十九蚊九', 2990],
    ['每日三毫子', 30],
  ])('%s → %i cents', (text, cents) => {
    expect(findMoney(normalizeText(text)).map((m) => m.cents)).toEqual([cents]);
  });

  it('reads no date in an amount with decimals ("每月6.6圆")', () => {
    expect(findDates(normalizeText('之后资费是每月6.6圆'), 2026, 11)).toEqual([]);
  });
});

describe('splitClauses: a tag question without its question mark', () => {
  it('ends the clause after 是吧 when more words follow', () => {
    const clauses = splitClauses('二十九块九12月17日以后扣是吧行开通吧');
    expect(clauses.map((c) => [c.text, c.question])).toEqual([
      ['二十九块九12月17日以后扣是吧', true],
      ['行开通吧', false],
    ]);
  });
});
