import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

const comprehension = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.comprehension;

describe('comprehension: drink and sleep described by what or how, not named', () => {
  it.each([
    ['what was drunk', '下午陪客户喝了点白的，你说。'],
    ['its effect', '有点上头，你说吧。'],
    ['a slow head', '哎，脑子转不动了，你说。'],
    ['half awake', '还有点懵，你说。'],
    ['not quite awake', '没醒透呢，你讲。'],
    ['bottles counted', '喝了三瓶啤的，你说。'],
    ['Cantonese drink', '我饮咗好多酒，你讲。'],
    ['a night without sleep', '熬了个通宵，你说。'],
    ['woken by the call', '半夜被你吵起来，说吧。'],
  ])('fails %s', (_kind, said) => {
    expect(comprehension({ 3: ['c', said] }).result).not.toBe('pass');
  });

  it('does not read a coffee as drink', () => {
    expect(comprehension({ 3: ['c', '刚喝了杯咖啡，你说。'] }).result).toBe('pass');
  });
});

describe('comprehension: a bad line is resolved by the terms, not a fragment', () => {
  const afterBadLine = (reply: string) => {
    const base = withLines(GOOD_MUSIC, {});
    const lines = [
      ...base.slice(0, 9),
      ['c', '声音断断续续的，听不清。'] as const,
      ['a', '咪咕音乐白金会员，每个月10元，前三十天免费，4月3号结束。'] as const,
      ['c', reply] as const,
      ...base.slice(10),
    ];
    return evaluateCall(musicCall(lines)).rules.comprehension;
  };

  it('is not resolved when the customer only echoes the amount', () => {
    expect(afterBadLine('10块？').result).not.toBe('pass');
  });

  it('is resolved when the customer restates what it is and what it costs', () => {
    expect(afterBadLine('就是每月十块的音乐会员对吧？').result).toBe('pass');
  });
});

describe('comprehension: a bad line and one fragment caught', () => {
  it('fails "声音断断续续的……五块？" answered only with "对的"', () => {
    const lines = withLines(GOOD_MUSIC, {
      9: ['c', '喂？声音断断续续的……十块？'],
      10: ['a', '对的。如果不想要了，发短信TD到10658888，或者打10086都能退订。'],
    });
    expect(evaluateCall(musicCall(lines)).rules.comprehension.result).toBe('fail');
  });
});

describe('comprehension: the customer says they did not take it in', () => {
  it.each(['孩子在哭，你说的我一句没听进去。', '刚才走神了，没注意听。'])(
    'fails when it is never resolved: %s',
    (said) => {
      expect(comprehension({ 9: ['c', said] }).result).toBe('fail');
    },
  );
});
