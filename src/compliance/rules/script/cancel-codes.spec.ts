import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, MUSIC, musicCall, withLines } from '../../test-support/builders.js';

/** A code of letters and a digit, as several products use. */
const CODED = { ...MUSIC, cancelMethod: '发送短信TQ0到10658123，或拨打10086' };
const cancel = (...lines: Array<readonly ['a' | 'c', string]>) => {
  const changes: Parameters<typeof withLines>[1] = { 10: lines[0] };
  const base = withLines(GOOD_MUSIC, changes);
  const all = [...base.slice(0, 11), ...lines.slice(1), ...base.slice(11)];
  return evaluateCall(musicCall(all, { product: CODED })).rules.script;
};

describe('script: a cancel code said in other spellings', () => {
  it.each([
    ['its digit as a word', '不想要了，发短信TQ零到10658123就取消了。'],
    ['letter by letter with a digit word', '不想要了，发短信T、Q、零到10658123就取消了。'],
    ['with spaces', '不想要了 发短信 T Q 0 到 10658123 就取消了'],
    ['the port digit by digit', '不想要了，发TQ0到幺零六五八幺二三取消。'],
  ])('accepts the code said as %s', (_kind, said) => {
    expect(cancel(['a', said])).toMatchObject({ result: 'pass', missing: [] });
  });

  it('accepts a shortened repeat once the code was said in full', () => {
    const v = cancel(
      ['a', '不想要了，发短信TQ0到10658123就取消了。'],
      ['c', '发什么？'],
      ['a', '就是TQ0。要取消的话，记得发TQ就行。'],
    );
    expect(v.result).toBe('pass');
  });
});

describe('script: a cancel code that is not the code', () => {
  it('fails a prefix of the code said alone ("TQ" for "TQ0")', () => {
    const v = cancel(['a', '不想要了，发短信TQ到10658123就取消了。']);
    expect(v.result).toBe('fail');
    expect(v.missing).toEqual(['cancel_method']);
    expect(v.reasons.join()).toContain('TQ');
  });

  it('does not read a digit word that begins a count as part of a code', () => {
    const v = cancel(['a', '不想要了，下载APP一登录就能在里面取消。']);
    expect(v.result).toBe('fail');
  });
});
