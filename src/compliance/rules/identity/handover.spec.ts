import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

const identity = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.identity;

/** GOOD_MUSIC with the identity exchange replaced by `lines`. */
const identityOf = (...lines: Array<readonly ['a' | 'c', string]>) =>
  evaluateCall(musicCall([GOOD_MUSIC[0], ...lines, ...GOOD_MUSIC.slice(2)])).rules.identity;

describe('identity: the phone passed to the holder', () => {
  it('passes when a daughter fetches the holder and he says he is the holder', () => {
    const v = identityOf(
      ['c', '我是他女儿，你等下。爸，找你的电话。'],
      ['a', '您好，请问您是机主本人吗？'],
      ['c', '喂，对，我就是机主，你说。'],
    );
    expect(v.result).toBe('pass');
    expect(v.reasons.join()).toContain('转交');
  });

  it.each([['是我，什么事？'], ['系我，系我。']])(
    'passes a holder who, asked again after the hand-over, says it is them (%s)',
    (answer) => {
      const v = identityOf(
        ['c', '我是他儿子，你稍等，我叫我爸。'],
        ['a', '好的，谢谢。'],
        ['a', '您好，请问是这个号码的机主吗？'],
        ['c', answer],
      );
      expect(v.result).toBe('pass');
    },
  );

  it('still fails a daughter who says she will fetch him when no one else answers', () => {
    const v = identityOf(
      ['c', '我是他女儿，你等下。'],
      ['a', '您好，请问您是机主本人吗？'],
      ['c', '他不在家，你跟我说吧。'],
    );
    expect(v.result).toBe('fail');
  });

  it('still fails a colleague who never hands over, though the agent asks twice', () => {
    const v = identityOf(
      ['c', '我是他同事。'],
      ['a', '那请问您是机主本人吗？'],
      ['c', '是的，你说吧。'],
    );
    expect(v.result).toBe('fail');
  });
});

describe('identity: the holder’s answer merged into the agent’s question', () => {
  it('is unknown, not a fail, when "是的是我" follows "机主本人吗" in the agent turn', () => {
    const v = identityOf(['a', '请问您是机主本人吗是的是我']);
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('说话人不清');
  });

  it('still fails when the customer answers separately with something else', () => {
    const v = identityOf(['a', '请问您是机主本人吗是的是我'], ['c', '你哪位啊？']);
    expect(v.result).not.toBe('pass');
  });
});

describe('identity: rhetorical yes', () => {
  it('reads northern "可不是我咋的" as "of course it is me"', () => {
    expect(identity({ 1: ['c', '可不是我咋的，我的号。'] }).result).toBe('pass');
  });

  it('still reads a plain "不是我" as a no', () => {
    expect(identity({ 1: ['c', '不是我，我是他邻居。'] }).result).toBe('fail');
  });
});
