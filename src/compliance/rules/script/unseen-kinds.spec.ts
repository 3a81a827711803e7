import { findMoney } from '../../text/money.js';
import { normalizeText } from '../../text/normalize.js';
import { musicScript } from '../../test-support/builders.js';

const TRIAL = '前三十天免费试用，试用到4月3号结束，之后按月扣费。';

describe('money: per-day forms', () => {
  it.each([
    ['一日六毫子', 60],
    ['算下来一天也就一块钱', 100],
  ])('reads %s as per day', (said, cents) => {
    expect(findMoney(said).map((m) => [m.cents, m.perDay])).toEqual([[cents, true]]);
  });
});

describe('price: amounts that are not the price claim', () => {
  it('ignores a list price set aside for the real fee', () => {
    expect(
      musicScript({ 8: ['a', `原价每月15元，现在每个月拾元，话费里扣；${TRIAL}`] }).result,
    ).toBe('pass');
  });

  it('ignores a rough per-day gloss near the fee', () => {
    const said = `每个月拾元，算下来一天也就三毛钱左右，话费里扣；${TRIAL}`;
    expect(musicScript({ 8: ['a', said] }).result).toBe('pass');
  });

  it('ignores "一天才三毛多" beside the monthly fee', () => {
    const said = `每个月拾元，一天才三毛多，话费里扣；${TRIAL}`;
    expect(musicScript({ 8: ['a', said] }).result).toBe('pass');
  });

  it('still fails a rough figure far from the fee', () => {
    const said = `每个月拾元，算下来一天也就一毛钱左右，话费里扣；${TRIAL}`;
    expect(musicScript({ 8: ['a', said] }).result).toBe('fail');
  });

  it('does not take a payout ("最多给您报两千块") as the price', () => {
    const v = musicScript({ 8: ['a', `会员每年最多给您报两千块的维修费。${TRIAL}`], 9: null });
    expect(v.result).toBe('fail');
    expect(v.missing).toContain('price');
  });
});

describe('price: an amount asked about in an agent-tagged turn', () => {
  it('is unknown (speaker unclear), not a disclosure', () => {
    const v = musicScript({
      8: ['a', `是不是一个月十块钱啊？${TRIAL}`],
      9: ['a', '这个您放心，很便宜的。'],
    });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('说话人不清');
  });
});

describe('free: a free basic version the customer keeps', () => {
  it('is no misleading claim', () => {
    const usage =
      '使用方法是下载咪咕音乐APP，用手机号登录就可以了。普通版一直是免费的，会员才收费。';
    expect(musicScript({ 6: ['a', usage] }).result).toBe('pass');
  });
});

describe('price: "一毛多" is at least so much and under one more 毛', () => {
  it('accepts a per-day "三毛多" for 10元 a month beside the fee', () => {
    const said = `每个月拾元，一天三毛多钱，话费里扣；${TRIAL}`;
    expect(musicScript({ 8: ['a', said] }).result).toBe('pass');
  });
});

describe('free: the fee put right after as what is charged', () => {
  it('is no misleading claim ("下载不要钱，只收会员的月费")', () => {
    const usage =
      '使用方法是下载咪咕音乐APP，用手机号登录就可以了。下载APP不要钱，只收会员的月费。';
    expect(musicScript({ 6: ['a', usage] }).result).toBe('pass');
  });

  it('is no misleading claim when said of what the customer uses now', () => {
    const usage =
      '使用方法是下载咪咕音乐APP，用手机号登录就可以了。您现在用的5GB空间是免费的，不收钱。';
    expect(musicScript({ 6: ['a', usage] }).result).toBe('pass');
  });

  it('still fails a bare "这个是免费的"', () => {
    const usage = '使用方法是下载咪咕音乐APP，用手机号登录就可以了。这个是免费的。';
    expect(musicScript({ 6: ['a', usage] }).result).toBe('fail');
  });
});

describe('normalize: spelled cancel codes', () => {
  it.each([
    ['编辑短信Q、X、M、Y、六、八，发送到幺零零八六。', 'QXMY68'],
    ['编辑短信T、Q，然后是数字零，发送到10658888。', 'TQ0'],
  ])('reads %s', (said, code) => {
    expect(normalizeText(said)).toContain(code);
  });
});
