import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

/* GOOD_MUSIC line 5 is the customer's reply to the features (line 4), a turn that asks nothing. */
const identity = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.identity;

describe('identity: leave given, then taken back mid-pitch', () => {
  it.each([
    ['算了 and busy', '哎算了，我这会儿在忙。'],
    ['not convenient now', '不好意思，我现在不方便。'],
    ['about to be busy', '我马上要开会了，先不说了。'],
    ['Sichuan 莫得时间', '我莫得时间，忙得很。'],
    ['Cantonese 好忙', '唔好意思，我而家好忙。'],
    ['hanging up', '有人找我，得挂了。'],
  ])('fails %s when the agent goes on without asking again', (_kind, reply) => {
    const v = identity({ 5: ['c', reply] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('又表示不方便');
  });

  it('fails leave refused when asked again mid-pitch, the agent going on', () => {
    const v = identity({ 5: ['a', '您还方便听吗？'], 6: ['c', '不方便了。'] });
    expect(v.result).toBe('fail');
  });
});

describe('identity: leave kept or given again', () => {
  it('passes a withdrawal followed, when asked again, by a new go-ahead', () => {
    const v = identity({
      5: ['c', '我现在有点不方便。'],
      6: ['a', '我长话短说，半分钟就好，可以吗？'],
      7: ['c', '那行，你说吧。'],
    });
    expect(v.result).toBe('pass');
  });

  it.each([
    ['busy but go on', '我在做饭呢，不过你说吧。'],
    ['a question about the offer', '这个要不要流量啊？'],
    ['a refusal of the product, which consent judges', '这个我不需要吧。'],
  ])('passes %s', (_kind, reply) => {
    expect(identity({ 5: ['c', reply] }).result).toBe('pass');
  });

  it('passes "no time" said in answer to the consent question, not to a statement', () => {
    expect(identity({ 13: ['c', '我现在没空想这个。'] }).result).toBe('pass');
  });

  it('passes a withdrawal after which the agent only says goodbye', () => {
    const v = evaluateCall(
      musicCall([
        ...GOOD_MUSIC.slice(0, 5),
        ['c', '算了我在忙。'],
        ['a', '好的，不打扰您了，再见。'],
      ]),
    ).rules.identity;
    expect(v.result).toBe('pass');
  });
});

describe('identity: the decision put off mid-pitch is not leave taken back', () => {
  it('passes "再说吧" said to a statement of the offer, which consent judges', () => {
    expect(identity({ 5: ['c', '这个嘛，以后再说吧。'] }).result).toBe('pass');
  });
});
