import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

const rules = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules;

describe('dialect: northern 俺 and Sichuan 要得 / 嘛', () => {
  it('reads "俺就是机主" as the holder and "中，给俺开了吧" as a yes', () => {
    const r = rules({ 1: ['c', '俺就是机主。'], 13: ['c', '中，给俺开了吧。'] });
    expect(r.identity.result).toBe('pass');
    expect(r.consent.result).toBe('pass');
  });

  it('reads "要得，开嘛" as a yes to the activation question', () => {
    expect(rules({ 13: ['c', '要得，开嘛。'] }).consent.result).toBe('pass');
  });

  it('still reads "俺不是机主" as a no', () => {
    expect(rules({ 1: ['c', '俺不是机主，俺是他邻居。'] }).identity.result).toBe('fail');
  });
});

describe('identity: leave given without being asked', () => {
  it('passes when the holder says "你说吧" before the pitch, though the agent never asked', () => {
    const r = rules({ 1: ['c', '是我，你说吧。'], 2: null, 3: null });
    expect(r.identity.result).toBe('pass');
  });

  it('takes the answer given once back from "你等一下" over the busy words before it', () => {
    const r = rules({
      1: ['c', '是，我在开车，你等一下，我把车停边上。'],
      2: ['a', '好的，不着急，您先停好车。'],
      3: ['c', '好了，停好了，你说吧。'],
    });
    expect(r.identity.result).toBe('pass');
  });

  it('still fails when the agent never asked and the holder only says "是"', () => {
    const r = rules({ 1: ['c', '是。'], 2: null, 3: null });
    expect(r.identity.result).toBe('fail');
  });
});

describe('identity: authority as paying for or having set up the line', () => {
  it.each(['我是她老公，她的号是我办的，话费我付。', '我是他妈，这号的钱一直是我交。'])(
    'passes %s',
    (answer) => {
      expect(rules({ 1: ['c', answer] }).identity.result).toBe('pass');
    },
  );
});

describe('identity: speaker tags swapped at the start', () => {
  it('is unknown, not a fail, when the agent’s leave question is tagged customer', () => {
    const r = rules({
      1: ['a', '是我本人你说吧'],
      2: ['c', '好的，耽误您一分钟，给您介绍一个听歌的优惠，可以吗？'],
      3: ['a', '可以'],
    });
    expect(r.identity.result).toBe('unknown');
    expect(r.identity.reasons.join()).toContain('说话人不清');
  });

  it('still fails a refusal even when a customer turn sounds like the agent', () => {
    const r = rules({
      3: ['c', '不行，我在开会。'],
      5: ['c', '给您介绍的这个会员，您听明白了吗？'],
    });
    expect(r.identity.result).toBe('fail');
  });
});

describe('identity: Sichuan "要得" grants leave', () => {
  it('passes "…要得不？" answered "要得。"', () => {
    const r = rules({ 2: ['a', '耽误您一分钟，给您介绍个优惠，要得不？'], 3: ['c', '要得。'] });
    expect(r.identity.result).toBe('pass');
  });
});

describe('identity: a child named as who the product is for, not spoken to', () => {
  it('passes when the agent says "是给小朋友学习用的"', () => {
    const r = rules({
      6: ['a', '这个是给小朋友学习用的，下载咪咕音乐APP，用手机号登录就可以了。'],
    });
    expect(r.identity.result).toBe('pass');
  });

  it('fails when the agent speaks to a child ("小朋友，你家大人在吗")', () => {
    const r = rules({ 2: ['a', '小朋友，你家大人在吗？跟你说个优惠，方便吗？'] });
    expect(r.identity.result).toBe('fail');
  });
});

describe('identity: the holder’s yes glued into the agent’s turn, which asks on', () => {
  it('is unknown, not fail, when the next question is answered', () => {
    const r = rules({
      0: ['a', '您好移动合作服务中心您是机主吗是我一分钟说个优惠行吗'],
      1: null,
      2: null,
      3: ['c', '行你说'],
    });
    expect(r.identity.result).toBe('unknown');
  });
});
