import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

const identity = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.identity;

describe('identity: a family member who says they decide, in other words', () => {
  it.each([
    ['我是他妈妈，号是我办的，我来决定。', '父母'],
    ['她是我老婆，家里我当家。', '配偶'],
    ['我是他老伴，家里我当家作主。', '配偶'],
  ])('accepts %s, naming the relation', (answer, who) => {
    const v = identity({ 1: ['c', answer] });
    expect(v.result).toBe('pass');
    expect(v.reasons.join()).toContain(who);
  });

  it('fails a spouse who says they cannot decide (定不了)', () => {
    expect(identity({ 1: ['c', '我是他老婆，这事我定不了。'] }).result).toBe('fail');
  });

  it('fails a boyfriend or girlfriend, who is not family, and names them', () => {
    const v = identity({ 1: ['c', '我是他女朋友，家里我做主。'] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('朋友');
  });
});

describe('identity: whose phone this is, said beside a yes', () => {
  it.each([
    ['是的，这是我爱人的手机。', '配偶'],
    ['对，这个号码是我爸的。', '子女'],
  ])('fails %s: a family member without authority, not the holder', (answer, who) => {
    const v = identity({ 1: ['c', answer] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain(who);
  });

  it('still passes the holder who says it is their own number', () => {
    expect(identity({ 1: ['c', '是的，这是我的号。'] }).result).toBe('pass');
  });

  it('accepts paying the bill said verb first (一直是我在交话费)', () => {
    const v = identity({ 1: ['c', '我是他爱人，他这个号一直是我在交话费。'] });
    expect(v.result).toBe('pass');
  });
});
