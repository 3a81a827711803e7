import { evaluateCall } from '../../index.js';
import { CONFIRMATION_OPENING, musicConfirmation } from '../../test-support/builders.js';

/** A MUSIC10 confirmation call whose cost line is `cost` and whose answer is `reply`. */
const confirmation = (cost: string, reply: string) =>
  evaluateCall(
    musicConfirmation([
      ...CONFIRMATION_OPENING,
      ['a', '您上个月开通了咪咕音乐白金会员，正版无损音乐畅听，登录咪咕音乐客户端就能用。'],
      ['a', `免费体验期到4月3日结束，${cost}不想用可以发TD到10658888或打10086取消。`],
      ['a', '请问体验期结束后您还继续使用吗？'],
      ['c', reply],
    ]),
  ).rules.consent;

describe('consent on confirmation calls: keeping a product whose price was never said', () => {
  it.each([
    ['a vague price', '费用跟以前一样，很便宜。'],
    ['the price left to a message', '价格短信里都有写。'],
    ['a few jiao a day', '一天几毛钱的事。'],
    ['no price at all', ''],
  ])('fails a keep decision after %s', (_kind, cost) => {
    const v = confirmation(cost, '那就继续吧。');
    expect(v.result).toBe('fail');
    expect(v.decision).toBeNull();
    expect(v.reasons.join()).toContain('继续使用');
  });

  it('passes a cancel decision whatever was said of the price', () => {
    expect(confirmation('价格短信里都有写。', '不要了，取消吧。')).toMatchObject({
      result: 'pass',
      decision: 'cancel',
    });
  });

  it('passes a keep decision after the fee was stated', () => {
    expect(confirmation('之后每月10元，', '那就继续吧。')).toMatchObject({
      result: 'pass',
      decision: 'continue',
    });
  });
});
