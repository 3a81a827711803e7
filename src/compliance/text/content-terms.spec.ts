import { contentTerms, termSaid } from './content-terms.js';
import { findQuantities, quantityProbe, quantitySaid } from './quantities.js';
import { normalizeText } from './normalize.js';

const quantities = (text: string) =>
  findQuantities(normalizeText(text)).map((q) => [q.value, q.unit]);

describe('findQuantities', () => {
  it('reads numbers with what they count, in digits or in words', () => {
    expect(quantities('每月50本，3台设备，2GB流量')).toEqual([
      [50, '本'],
      [3, '台'],
      [2, 'GB'],
    ]);
    expect(quantities('两百多款手游，三万来部剧')).toEqual([
      [200, '款'],
      [30000, '部'],
    ]);
  });

  it('reads percentages said as 成 or 百分之, and 上千 as a thousand', () => {
    expect(quantities('延迟降三成')).toEqual([[30, '%']]);
    expect(quantities('降低百分之三十')).toEqual([[30, '%']]);
    expect(quantities('上千个号码')).toEqual([[1000, '']]);
  });

  it('folds units agents swap (号/日, 位/个)', () => {
    expect(quantities('下个月1号，4位家人')).toEqual([
      [1, '日'],
      [4, '个'],
    ]);
  });
});

describe('quantitySaid', () => {
  const [four] = findQuantities('4位家人');
  const [two] = findQuantities('每月2次');
  it('matches the value whatever the measure word', () => {
    expect(quantitySaid(quantityProbe(four), normalizeText('最多绑四个人'))).toBe(true);
  });
  it('asks 1 and 2 for the same unit too: every sentence has 一个, 两个', () => {
    expect(quantitySaid(quantityProbe(two), '两次视频问诊')).toBe(true);
    expect(quantitySaid(quantityProbe(two), '两个人')).toBe(false);
  });
});

describe('contentTerms', () => {
  it('keeps content words and quantities, drops filler and the fee placeholder', () => {
    const { terms, quantities: q } = contentTerms(
      normalizeText('开通后在星光视频客户端用本机号码登录，会员权益自动生效，资费{price}。'),
    );
    expect(terms).toEqual(expect.arrayContaining(['客户端', '本机号码', '登录', '权益', '生效']));
    expect(terms).not.toContain('开通');
    expect(q).toEqual([]);
  });

  it('joins characters the segmenter split off ("观|影|券")', () => {
    expect(contentTerms(normalizeText('每月赠送6张观影券')).terms).toContain('观影券');
  });
});

describe('termSaid', () => {
  it('accepts part of a long compound, but a short word only whole', () => {
    expect(termSaid('影视剧', '电视剧电影都能看')).toBe(true);
    expect(termSaid('备份', '自动备上去')).toBe(false);
  });
});

describe('quantitySaid in other spellings', () => {
  const probe = (text: string) => quantityProbe(findQuantities(normalizeText(text))[0]);
  it.each([
    ['3万部', '三万多部电视剧'],
    ['千万首', '一千万首歌'],
    ['200多款', '两百来款手游'],
    ['30%', '延迟降三成'],
    ['超过1000个', '上千个号码'],
    ['2TB', '两个T的空间'],
  ])('%s is said in "%s"', (script, said) => {
    expect(quantitySaid(probe(script), normalizeText(said))).toBe(true);
  });

  it('does not take a number inside a longer one', () => {
    expect(quantitySaid(probe('3台'), '30天')).toBe(false);
    expect(quantitySaid(probe('5个'), '15块')).toBe(false);
  });
});
