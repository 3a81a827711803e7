import { evaluateCall } from '../../index.js';
import {
  CONFIRMATION_OPENING,
  GOOD_MUSIC,
  musicCall,
  musicConfirmation,
  withLines,
} from '../../test-support/builders.js';

const marketing = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules;

describe('consent: "free" said only of the trial states no price', () => {
  it('fails a yes when the only cost words are the free trial', () => {
    const rules = marketing({
      7: ['c', '嗯。'],
      8: ['a', '前三十天不要钱，试用到4月3号结束，之后按月扣费。'],
      9: ['c', '哦。'],
    });
    expect(rules.consent.result).toBe('fail');
    expect(rules.consent.reasons.join()).toContain('从未告知资费');
    expect(rules.script.result).toBe('fail');
  });

  it('leaves "不收费" said in answer to "要钱吗" to the script standard', () => {
    const rules = marketing({
      7: ['c', '这个要钱吗？'],
      8: ['a', '您放心这个是不收费的体验到4月3号'],
      9: ['c', '哦。'],
    });
    expect(rules.script.result).toBe('fail');
    expect(rules.consent.result).toBe('pass');
  });
});

describe("consent: the customer's yes tagged agent after the consent question", () => {
  it('is unknown (speaker unclear) when the next agent turn is a bare customer answer', () => {
    const rules = marketing({ 13: ['a', '可以办。'] });
    expect(rules.consent.result).toBe('unknown');
    expect(rules.consent.reasons.join()).toContain('说话人不清');
  });

  it("still fails the agent's own announcement after silence", () => {
    const rules = marketing({ 13: null, 14: ['a', '好的，那我就给您开通了，再见。'] });
    expect(rules.consent.result).toBe('fail');
  });
});

/** A MUSIC10 confirmation call ending with `tail`. */
const confirmation = (tail: Parameters<typeof musicConfirmation>[0]) =>
  evaluateCall(
    musicConfirmation([
      ...CONFIRMATION_OPENING,
      ['a', '您上个月开通了咪咕音乐白金会员，正版无损音乐畅听，登录咪咕音乐客户端就能用。'],
      ['a', '免费体验期到4月3日结束，之后每月10元，不想用可以发TD到10658888或打10086取消。'],
      ...tail,
    ]),
  ).rules.consent;

describe('consent on follow-up calls: what the agent records and who answered', () => {
  it('fails when the agent records the opposite of the last decision', () => {
    const v = confirmation([
      ['a', '请问体验期结束后您还继续使用吗？'],
      ['c', '继续吧……算了，还是取消吧。'],
      ['a', '好的，那就按继续使用给您登记了，再见。'],
    ]);
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('登记');
  });

  it('passes when the record matches the decision', () => {
    const v = confirmation([
      ['a', '请问体验期结束后您还继续使用吗？'],
      ['c', '不用了，取消吧。'],
      ['a', '好的，已经为您登记取消，再见。'],
    ]);
    expect(v).toMatchObject({ result: 'pass', decision: 'cancel' });
  });

  it.each([
    ['merged into the question', [['a', '请问体验期结束后您还继续使用吗？继续用吧，挺好的。']]],
    [
      'tagged agent after the question',
      [
        ['a', '请问体验期结束后您还继续使用吗？'],
        ['a', '继续用吧。'],
      ],
    ],
  ] as const)('is unknown when the decision is %s', (_kind, tail) => {
    const v = confirmation(tail);
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('说话人不清');
  });
});
