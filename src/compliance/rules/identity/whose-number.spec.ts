import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, type Line } from '../../test-support/builders.js';

/* GOOD_MUSIC line 0 asks whether the listener is the holder; line 1 answers it. */
const identityWith = (answer: Line[]) =>
  evaluateCall(musicCall([GOOD_MUSIC[0], ...answer, ...GOOD_MUSIC.slice(2)])).rules.identity;

describe('identity: whose number it is, wherever it is said', () => {
  it.each([
    [
      'a yes taken back: a cousin’s number',
      [
        ['c', '是。'],
        ['a', '好的。'],
        ['c', '哎等下，其实这是我表哥的号。'],
      ],
    ],
    ['a borrowed phone', [['c', '是我，这手机我借来用几天。']]],
    ['registered to someone else', [['c', '一直我在用，实名还是他。']]],
    ['registered to the company', [['c', '嗯是，不过号码是挂在我们公司名下的。']]],
    ['set up by the husband', [['c', '我老公办的，我在用。']]],
  ] as Array<[string, Line[]]>)('fails %s', (_kind, answer) => {
    expect(identityWith(answer).result).toBe('fail');
  });

  it('does not read "我给我儿子办的" as the son setting the number up', () => {
    const v = identityWith([['c', '是我本人，我给我儿子办的号是另外一个。']]);
    expect(v.result).toBe('pass');
  });

  it('sends a hedged yes ("算是吧") to review', () => {
    const v = identityWith([['c', '嗯……算是吧。']]);
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('身份不确定');
  });

  it('reads the answer given once the listener has asked who is calling', () => {
    const v = identityWith([
      ['c', '你哪里啊？'],
      ['a', '我是中国移动合作服务中心的客服。'],
      ['c', '哦，是我，什么事？'],
    ]);
    expect(v.result).toBe('pass');
  });

  it('still fails when, after asking who is calling, the listener names the holder', () => {
    const v = identityWith([
      ['c', '你是哪位？'],
      ['a', '我是中国移动合作服务中心的客服。'],
      ['c', '哦，机主是我爸，我帮他接的。'],
    ]);
    expect(v.result).toBe('fail');
  });

  it('sends "这手机一直是我在用" (use, not ownership) to review', () => {
    const v = identityWith([['c', '这手机一直是我在用啊。']]);
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('在使用');
  });

  it('passes an adult child who says the bill is paid by themself and they decide', () => {
    const v = identityWith([
      ['c', '号是登记在我爸名下的，但一直是我在用，话费也是我自己交，这事我能做主。'],
    ]);
    expect(v.result).toBe('pass');
  });

  it.each([
    ['a carer named by what she does', '我是照顾老人的护工，阿姨睡着了。', '护工'],
    ['a driver for the holder', '我是给老板开车的，他在后面睡觉。', '开车'],
    ['the company named as owner', '这个号是我们公司的，我是行政。', '单位/公司'],
    ['a spouse in northern speech who decides', '俺是她男人，这家里的事俺拿主意。', null],
    ['the holder by whose ID card it was set up', '卡是用我的身份证办的。', null],
    [
      'an unmarried partner who claims to decide',
      '我是他对象，我们还没结婚，不过这事我能做主。',
      '朋友',
    ],
  ] as Array<[string, string, string | null]>)('names who answered: %s', (_kind, said, named) => {
    const v = identityWith([['c', said]]);
    expect(v.result).toBe(named === null ? 'pass' : 'fail');
    if (named) expect(v.reasons.join()).toContain(named);
  });

  it('does not take a grade the customer gives for their child as their own', () => {
    const v = identityWith([
      ['c', '是我。'],
      ['a', '您家孩子上几年级了？'],
      ['c', '初一。'],
    ]);
    expect(v.reasons.join()).not.toContain('未成年');
  });
});
