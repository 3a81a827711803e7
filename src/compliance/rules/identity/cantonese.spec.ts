import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

const identity = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.identity;

describe('identity: Cantonese answers', () => {
  it.each(['唔系我，系我阿妈嘅号码。', '唔系啊，你打错喇。', '唔系我嘅，系佢嘅。'])(
    'fails a Cantonese "not me": %s',
    (answer) => {
      expect(identity({ 1: ['c', answer] }).result).toBe('fail');
    },
  );

  it("names the relative when the number is said to be a relative's, in Cantonese", () => {
    const v = identity({ 1: ['c', '唔系我，系我老公嘅。'] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('配偶');
    expect(v.reasons.join()).not.toContain('机主本人');
  });

  it('takes "冇问题" as permission to go on', () => {
    expect(identity({ 1: ['c', '系我。'], 3: ['c', '冇问题。'] }).result).toBe('pass');
  });

  it('still reads a Mandarin hum before "是我" as a yes', () => {
    expect(identity({ 1: ['c', '唔 是我 什么事'] }).result).toBe('pass');
  });
});

describe('identity: reasons name who answered', () => {
  it('quotes the in-law relation rather than calling her the holder', () => {
    const v = identity({ 1: ['c', '这是我婆婆的号，她去买菜了，你跟我说吧。'] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('我婆婆的号');
    expect(v.reasons.join()).not.toContain('机主本人');
  });
});

describe('identity: more Cantonese', () => {
  it('accepts "系啊" as the holder saying yes', () => {
    expect(identity({ 1: ['c', '系啊，咩事？'] }).result).toBe('pass');
  });

  it('accepts a spouse who says they decide (话事)', () => {
    const v = identity({ 1: ['c', '我系佢老公，屋企嘅嘢我话事。'] });
    expect(v.result).toBe('pass');
    expect(v.reasons.join()).toContain('配偶');
  });
});

describe('identity: Cantonese "I am the holder"', () => {
  it('accepts "我就系机主"', () => {
    expect(identity({ 1: ['c', '系，我就系机主。'] }).result).toBe('pass');
  });
});

describe('identity: the question echoed back before the answer', () => {
  it.each(['问我是不是机主是吧？对。', '本人？系啊。', '机主啊？嗯。'])('accepts %s', (answer) => {
    expect(identity({ 1: ['c', answer] }).result).toBe('pass');
  });

  it.each(['问我是不是机主？不是啊。', '本人？唔系。'])(
    'fails %s, saying it is not the holder',
    (answer) => {
      const v = identity({ 1: ['c', answer] });
      expect(v.result).toBe('fail');
      expect(v.reasons.join()).toContain('不是机主');
    },
  );
});
