import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall } from '../../test-support/builders.js';

/** The permission exchange of GOOD_MUSIC replaced by `reply` to the same question. */
const identityAfter = (...replies: string[]) =>
  evaluateCall(
    musicCall([
      ...GOOD_MUSIC.slice(0, 3),
      ...replies.map((r) => ['c', r] as const),
      ...GOOD_MUSIC.slice(4),
    ]),
  ).rules.identity;

describe('identity: leave to talk put off to later', () => {
  it.each([
    ['a call-back asked for (its 来吧 is no go-ahead)', '你晚上再打过来吧。'],
    ['a time named before 再说, asked back with 行不', '过半个钟头再说行不？'],
    ['Cantonese 迟啲再打嚟', '迟啲再打嚟啦。'],
    ['a standing refusal from earlier calls', '你们都打好几回了，我说了不要。'],
  ])('fails %s when the agent pitches anyway', (_kind, reply) => {
    const v = identityAfter(reply);
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('拒绝听取');
  });

  it('passes when the customer puts it off and then, asked again, lets the agent go on', () => {
    const v = evaluateCall(
      musicCall([
        ...GOOD_MUSIC.slice(0, 3),
        ['c', '明天再说吧。'],
        ['a', '就耽误您一分钟，现在说可以吗？'],
        ['c', '算了，你现在说吧。'],
        ...GOOD_MUSIC.slice(4),
      ]),
    ).rules.identity;
    expect(v.result).toBe('pass');
  });
});

describe('identity: busy described, not named', () => {
  it.each([
    ['in hospital queue', '在医院排队呢，现在顾不上。'],
    ['hands full with a child', '我带孩子呢，腾不出手。'],
    ['at work outdoors', '我在干活呢，手上都是泥。'],
    ['Cantonese 唔得闲', '而家唔得闲啊。'],
  ])('fails a pitch after "%s"', (_kind, reply) => {
    expect(identityAfter(reply).result).toBe('fail');
  });

  it('passes a busy customer who still says go ahead ("你快点说")', () => {
    expect(identityAfter('我在做饭呢，你快点说。').result).toBe('pass');
  });

  it('does not read where the customer is ("我在家呢") as a refusal', () => {
    expect(identityAfter('我在家呢。').reasons.join()).not.toContain('拒绝听取');
  });
});

describe('identity: an apology in the greeting is not asking leave', () => {
  it('does not take "打扰了" in the greeting, answered "什么事", as permission', () => {
    const v = evaluateCall(
      musicCall([
        ['a', '您好，打扰了，我是移动合作服务中心的，请问您是机主本人吗？'],
        ['c', '是我，什么事？'],
        ...GOOD_MUSIC.slice(4),
      ]),
    ).rules.identity;
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('未征得对方同意');
  });
});
