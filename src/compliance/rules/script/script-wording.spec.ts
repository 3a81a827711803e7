import { flowScript, musicScript } from '../../test-support/builders.js';

const music = musicScript;
const flow = flowScript;

describe('script: a fee asked back is not a fee disclosed', () => {
  it('is unknown when the only fee is checked back as a question (often the customer mis-tagged)', () => {
    const v = music({
      8: ['a', '每个月10元是吧我在网上看过前三十天免费试用，试用到4月3号结束，之后按月扣费。'],
    });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('说话人不清');
  });
});

describe('script: features and usage conveyed in other words', () => {
  it('passes features paraphrased, in another order, with the numbers said in words', () => {
    const v = music({
      4: ['a', '开了白金会员以后，一千多万首无损的正版歌曲都能听，下歌也不用流量。'],
    });
    expect(v).toMatchObject({ result: 'pass', missing: [] });
  });

  it('passes usage said with synonyms (APP, 手机号, 登上)', () => {
    const v = flow({ 6: ['a', '下个月不用设置什么，流量自己就加到套餐里了，当月就能生效。'] });
    expect(v).toMatchObject({ result: 'pass', missing: [] });
  });

  it('says unknown, naming what was and was not said, when the description is partial', () => {
    const v = flow({ 4: ['a', '加油包，全国都能用。'] });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toMatch(/覆盖不确定.*未说/);
  });

  it('fails features when only the product is named and praised', () => {
    const v = music({ 4: ['a', '咪咕音乐白金会员，现在很多人都在用，很划算。'] });
    expect(v.missing).toEqual(['features']);
  });

  it('cites whole clauses as evidence, one entry per segment', () => {
    const v = music({});
    const cited = v.evidence.filter((e) => e.segment === 4);
    expect(cited).toHaveLength(1);
    expect(cited[0].phrase).toContain('上千万首正版无损歌曲随便听');
  });
});

describe('script: "free" said of a feature, not of the fee', () => {
  it('is no misleading claim when a feature included in the fee is called free', () => {
    expect(music({ 14: ['a', '下载歌曲是免费的，不耗流量，再见。'] })).toMatchObject({
      result: 'pass',
    });
    expect(music({ 14: ['a', '会员里的正版歌曲不用另外花钱，再见。'] })).toMatchObject({
      result: 'pass',
    });
  });

  it('still fails the product itself called free', () => {
    const v = music({ 14: ['a', '这个白金会员是免费的，再见。'] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('误导');
  });
});

describe('script: who described it', () => {
  it('is unknown when the usage is said only in a turn tagged customer (diarisation)', () => {
    const v = music({ 6: ['c', '使用方法是下载咪咕音乐APP，用手机号登录就可以了。'] });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('说话人不清');
  });

  it('is unknown when an agent-tagged turn only checks the usage back as a question', () => {
    const v = music({ 6: ['a', '我知道，下载咪咕音乐APP用手机号登录就能用，对吧？'] });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('反问');
  });
});

describe('script: a cover limit is no price, and Cantonese cancel wording', () => {
  it('does not read "最多报2000块" as a quoted fee', () => {
    const v = musicScript({
      4: [
        'a',
        '咪咕音乐白金会员开通后，上千万首正版无损歌曲随便听，意外损坏最多报2000块，下载歌曲不耗流量。',
      ],
    });
    expect(v.result).toBe('pass');
  });

  it('reads "唔要就发TD去10658888" as the cancel method', () => {
    const v = musicScript({ 10: ['a', '唔要就发TD去10658888，或者打10086。'] });
    expect(v.result).toBe('pass');
  });
});
