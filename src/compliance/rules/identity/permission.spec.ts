import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall } from '../../test-support/builders.js';

describe('identity: permission asked and given in other forms', () => {
  const withPermission = (exchange: Array<['a' | 'c', string]>) =>
    evaluateCall(musicCall([...GOOD_MUSIC.slice(0, 2), ...exchange, ...GOOD_MUSIC.slice(4)])).rules
      .identity;

  it.each([
    ['Cantonese 得唔得 / 得', '阻您一分钟，同您介绍个听歌优惠，得唔得？', '得。'],
    ['Cantonese 得啊', '阻您一分钟，介绍个优惠，得唔得？', '得啊。'],
    ['unpunctuated 行不', '耽误您一分钟给您说个听歌的优惠行不', '行'],
    ['unpunctuated 可以不', '占用您两分钟介绍个活动可以不', '可以'],
  ])('passes %s', (_kind, question, answer) => {
    expect(
      withPermission([
        ['a', question],
        ['c', answer],
      ]).result,
    ).toBe('pass');
  });

  it('takes a call-back that mentions the earlier activation as asking leave, not the decision', () => {
    const v = withPermission([
      ['a', '上次给您开通业务的时候有些内容没讲清楚，耽误您一分钟重新说明一下，可以吗？'],
      ['c', '可以，你说。'],
    ]);
    expect(v.result).toBe('pass');
  });

  it('passes a go-ahead given after "wait a moment" and the agent’s acknowledgement', () => {
    const v = withPermission([
      ['a', '想占用您一分钟，介绍一个听歌的优惠，方便吗？'],
      ['c', '等我一下，我把火关了。'],
      ['a', '好的，不着急。'],
      ['c', '好了，你说吧。'],
    ]);
    expect(v.result).toBe('pass');
  });

  it('still fails when the customer asks to wait and never comes back with a yes', () => {
    const v = withPermission([
      ['a', '想占用您一分钟，介绍一个听歌的优惠，方便吗？'],
      ['c', '等我一下。'],
      ['a', '好的。'],
      ['c', '算了，我现在没空。'],
    ]);
    expect(v.result).toBe('fail');
  });

  it('does not read 觉得 or 记得 as a Cantonese go-ahead', () => {
    const v = withPermission([
      ['a', '耽误您一分钟介绍个优惠，得唔得？'],
      ['c', '我觉得没必要。'],
    ]);
    expect(v.result).toBe('fail');
  });
});

describe('identity: a permission question sidestepped', () => {
  const afterQuestion = (reply: string) =>
    evaluateCall(
      musicCall([
        ...GOOD_MUSIC.slice(0, 2),
        ['a', '想占用您两分钟，跟您说一个听歌的优惠，现在方便吗？'],
        ['c', reply],
        ...GOOD_MUSIC.slice(4),
      ]),
    ).rules.identity;

  it.each(['你大点声，这边信号很差。', '啥会员？听歌的？'])(
    'is unknown, not a pass or a fail, when the reply is "%s"',
    (reply) => {
      const v = afterQuestion(reply);
      expect(v.result).toBe('unknown');
      expect(v.reasons.join()).toContain('需人工复核');
    },
  );

  it('still fails a refusal, even one asked as a question', () => {
    expect(afterQuestion('没空，忙着呢。').result).toBe('fail');
    expect(afterQuestion('现在不方便，晚点再打好吗？').result).toBe('fail');
  });

  it('does not take a greeting that says 打扰一下 as asking leave', () => {
    const v = evaluateCall(
      musicCall([
        ['a', '您好，打扰一下，我是移动合作服务中心的客服。请问您是这个号码的机主本人吗？'],
        ['c', '是我，什么事？'],
        ['a', '今天给您介绍一个听歌的优惠。'],
        ...GOOD_MUSIC.slice(4),
      ]),
    ).rules.identity;
    expect(v.result).toBe('fail');
  });

  it('fails a busy answer that names a place and what the customer is doing there', () => {
    expect(afterQuestion('我现在在医院排队拿药呢。').result).toBe('fail');
  });

  const afterCallBackOffer = (reply: string) =>
    evaluateCall(
      musicCall([
        ...GOOD_MUSIC.slice(0, 3),
        ['c', '我在开车。'],
        ['a', '那您注意安全，我过二十分钟再给您打？'],
        ['c', reply],
        ...GOOD_MUSIC.slice(4),
      ]),
    ).rules.identity;

  it('passes a go-ahead given in answer to the agent’s offer to call back', () => {
    expect(afterCallBackOffer('没事，我停边上了，你说吧。').result).toBe('pass');
  });

  it('fails when the customer accepts the call-back and the agent pitches anyway', () => {
    expect(afterCallBackOffer('行，那你晚点打。').result).toBe('fail');
  });

  it.each(['你长话短说。', '嗯呐，你唠吧。'])('passes the go-ahead "%s"', (reply) => {
    expect(afterQuestion(reply).result).toBe('pass');
  });

  it.each(['能不能晚点？我这会儿手上有事。', '等我下了车再说。'])(
    'fails the put-off "%s"',
    (reply) => {
      expect(afterQuestion(reply).result).toBe('fail');
    },
  );

  it('does not read the 不 of an ASR-joined 捋不直你说 as refusing', () => {
    expect(afterQuestion('喝大了舌头都捋不直你说').result).toBe('pass');
  });
});
