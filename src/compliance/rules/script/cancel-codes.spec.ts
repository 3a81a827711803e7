import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, MUSIC, MUSIC_V3, musicCall, withLines } from '../../test-support/builders.js';

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

describe('script: numbers and codes in a cancelling turn that serve something else', () => {
  /** A product whose approved usage line gives a hotline and an SMS code of its own. */
  const HOTLINE_SCRIPT = {
    ...MUSIC_V3,
    sections: {
      ...MUSIC_V3.sections,
      usage: '开通后拨打125889可以点歌，发送短信GD加歌名到10658123就能点播。',
    },
  };
  const turn = (said: string) =>
    evaluateCall(
      musicCall(withLines(GOOD_MUSIC, { 10: ['a', said] }), {
        product: CODED,
        script: HOTLINE_SCRIPT,
      }),
    ).rules.script;

  it('does not take the approved script’s own hotline or usage code for a wrong cancel code', () => {
    expect(turn('点歌打125889。不想要了，发短信TQ0到10658123就取消了。').result).toBe('pass');
    expect(turn('发短信GD加歌名到10658123就能点播。不想要了，发TQ0到10658123取消。').result).toBe(
      'pass',
    );
  });

  it('still fails one of them given as the way to cancel', () => {
    expect(turn('不想要了，打125889取消就行。').result).toBe('fail');
  });

  it('fails a wrong code after "发个" even when the number is a real route’s', () => {
    const v = turn('很简单，不想用了发个QX到10086就行。');
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('QX');
  });
});
