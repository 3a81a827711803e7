import fc from 'fast-check';
import nzh from 'nzh/cn';
import { evaluateCall } from '../../index.js';
import {
  GOOD_MUSIC,
  MUSIC_C1,
  musicCall,
  withLines,
  flowScript,
  musicScript,
} from '../../test-support/builders.js';

const music = musicScript;
const flow = flowScript;

const TRIAL = '前三十天免费试用，试用到4月3号结束。';

describe('script: price', () => {
  it.each([
    '资费10元一个月。',
    '每个月十元。',
    '一个月十块。',
    '月费拾元整。',
    '10块钱一个月。',
    '每月收费¥10。',
    '一个月就10.00元。',
  ])('accepts the fee said as %s', (said) => {
    expect(music({ 8: ['a', `${said}${TRIAL}`] })).toMatchObject({ result: 'pass', missing: [] });
  });

  it.each(['每月8元。', '一个月十五块。', '资费是一块钱一天。', '每月100元。'])(
    'fails a wrong amount: %s',
    (said) => {
      const v = music({ 8: ['a', `${said}${TRIAL}`] });
      expect(v.result).toBe('fail');
      expect(v.missing).toEqual(['price']);
      expect(v.reasons.join()).toContain('不符');
    },
  );

  it('does not mistake twenty for ten ("二十块" contains "十块")', () => {
    expect(music({ 8: ['a', `每月二十块。${TRIAL}`] }).missing).toEqual(['price']);
  });

  it('accepts a correction of a wrong amount the customer suggested', () => {
    expect(music({ 8: ['a', `不是15元，是每月10元。${TRIAL}`] }).result).toBe('pass');
  });

  it('accepts "0元" inside the trial and the yearly total', () => {
    expect(music({ 8: ['a', `每月10元，一年120元，体验期内0元。${TRIAL}`] }).result).toBe('pass');
  });

  it('fails when the fee is never said', () => {
    const v = music({ 8: ['a', TRIAL] });
    expect(v.missing).toEqual(['price']);
  });
});

describe('script: misleading claims', () => {
  it.each([
    '放心，这个是免费的。',
    '这个业务不扣钱的。',
    '您不用花钱，直接用。',
    '这个会员永久免费。',
    '这个不收月租。',
  ])('fails "%s" said about a paid product', (said) => {
    const v = music({ 6: ['a', `使用方法是下载咪咕音乐APP，用手机号登录就可以了。${said}`] });
    expect(v.result).toBe('fail');
    expect(v.missing).toContain('price');
    expect(v.reasons.join()).toContain('误导');
  });

  it.each(['试用期内是免费的。', '三十天内取消就不收费。', '体验期里不扣钱。'])(
    'accepts "%s" with the trial qualifier',
    (said) => {
      expect(
        music({ 11: ['c', '那试用期要钱吗？'], 12: ['a', `${said}那给您开通这个会员可以吗？`] })
          .result,
      ).toBe('pass');
    },
  );

  it('accepts a denial of free ("不是免费的")', () => {
    expect(music({ 12: ['a', '这个不是免费的哦，那给您开通这个会员可以吗？'] }).result).toBe(
      'pass',
    );
  });

  it('ignores the customer saying "免费的"', () => {
    expect(music({ 11: ['c', '那就是先免费的对吧。'] }).result).toBe('pass');
  });

  it('a trial qualifier does not excuse "免费" for a product without a trial', () => {
    const v = flow({ 8: ['a', '一个月二十块，头一个月体验期是免费的。'] });
    expect(v.result).toBe('fail');
  });
});

describe('script: trial end date', () => {
  it.each(['4月3日', '四月三号', '4.3', '4/3', '2026年4月3日', '下个月3号', '4月2号', '4月4日'])(
    'accepts the trial end said as %s (±1 day)',
    (date) => {
      expect(music({ 8: ['a', `每个月拾元。前三十天免费，体验期到${date}结束。`] }).result).toBe(
        'pass',
      );
    },
  );

  it.each(['4月5日', '三月三十号', '5月3日'])('fails a wrong trial end: %s', (date) => {
    const v = music({ 8: ['a', `每个月拾元。免费体验到${date}截止。`] });
    expect(v.result).toBe('fail');
    expect(v.missing).toEqual(['trial_end']);
  });

  it('fails "免费体验一个月" without a date', () => {
    expect(music({ 8: ['a', '每个月拾元，免费体验一个月，之后收费。'] }).missing).toEqual([
      'trial_end',
    ]);
  });

  it('uses the local date of the call (a sale at 23:30 UTC is the next day in Shanghai)', () => {
    const input = musicCall(
      withLines(GOOD_MUSIC, { 8: ['a', '每个月拾元。免费体验到4月4日结束。'] }),
      {
        startedAt: new Date('2026-03-05T16:30:00Z'), // 2026-03-06 00:30 in Shanghai
      },
    );
    expect(evaluateCall(input).rules.script.result).toBe('pass');
  });

  it('ignores a date that is not about the trial', () => {
    const v = music({
      4: ['a', '咪咕音乐白金会员3月1日刚升级，上千万首正版无损歌曲随便听，下载歌曲不耗流量。'],
    });
    expect(v.result).toBe('pass');
  });

  it('is not required for a product without a trial', () => {
    expect(flow({})).toMatchObject({ result: 'pass', missing: [] });
  });
});

describe('script: cancel method', () => {
  it('accepts one complete route (call 10086)', () => {
    expect(music({ 10: ['a', '以后不想用了，打10086就能取消。'] }).result).toBe('pass');
  });

  it('accepts digits said as words', () => {
    expect(music({ 10: ['a', '不想用了，打幺零零八六取消。'] }).result).toBe('pass');
  });

  it('fails a route with its number missing', () => {
    expect(music({ 10: ['a', '不想用了可以发短信TD取消。'] }).missing).toEqual(['cancel_method']);
  });

  it('fails a wrong number or code', () => {
    expect(music({ 10: ['a', '不想用了，发TD到10658899取消。'] }).missing).toEqual([
      'cancel_method',
    ]);
    expect(music({ 10: ['a', '不想用了，发QX到10658888取消，或者打10086。'] }).missing).toEqual([
      'cancel_method',
    ]);
  });

  it('fails when cancelling is never explained', () => {
    expect(music({ 10: null, 11: null })).toMatchObject({
      result: 'fail',
      missing: ['cancel_method'],
    });
  });
});

describe('script: features and usage', () => {
  it('fails when usage is skipped', () => {
    expect(music({ 6: null, 7: null }).missing).toEqual(['usage']);
  });

  it('fails when features are skipped, even if the product name is said', () => {
    expect(music({ 4: ['a', '给您推荐咪咕音乐的白金会员。'] }).missing).toEqual(['features']);
  });

  it('fails both for a FLOW20 pitch that only gives the fee', () => {
    expect(flow({ 4: ['a', '给您推荐一个活动。'], 6: ['a', '您看怎么样。'] }).missing).toEqual([
      'features',
      'usage',
    ]);
  });

  it('only counts what the agent says, not the customer', () => {
    const v = music({
      6: null,
      7: ['c', '我知道，下载咪咕音乐客户端用本机号码登录就能用，对吧？'],
    });
    expect(v.missing).toEqual(['usage']);
  });
});

describe('script: approved script', () => {
  it('fails without an approved script', () => {
    const v = evaluateCall(musicCall(GOOD_MUSIC, { script: null })).rules.script;
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('核准');
  });

  it('fails a marketing call run on a confirmation script', () => {
    expect(evaluateCall(musicCall(GOOD_MUSIC, { script: MUSIC_C1 })).rules.script.result).toBe(
      'fail',
    );
  });

  it('lists every missing section', () => {
    const v = music({
      4: ['a', '您好。'],
      6: ['a', '嗯。'],
      8: ['a', '挺实惠的。'],
      10: ['a', '好的。'],
    });
    expect(v.missing).toEqual(['features', 'usage', 'price', 'cancel_method', 'trial_end']);
  });
});

describe('script: facts, for any value', () => {
  it('fails every fee other than the product’s, however it is written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }).filter((n) => n !== 10),
        fc.constantFrom('元', '块', '块钱'),
        fc.boolean(),
        (yuan, unit, inWords) => {
          const amount = inWords ? nzh.encodeS(yuan) : String(yuan);
          const v = music({ 8: ['a', `每个月${amount}${unit}。${TRIAL}`] });
          expect(v.missing).toContain('price');
        },
      ),
    );
  });

  it('accepts the trial end within a day and fails it further out', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 40 }), (offset) => {
        const day = new Date(Date.UTC(2026, 3, 3 + offset));
        const said = `${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
        const v = music({ 8: ['a', `每个月拾元，免费体验到${said}结束。`] });
        expect(v.result).toBe(Math.abs(offset) <= 1 ? 'pass' : 'fail');
      }),
    );
  });
});
