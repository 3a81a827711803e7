import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

const script = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.script;

// Diarisation errors: an agent's disclosure tagged customer, a customer's check tagged agent.
describe('script: cancel method and trial end told by an unclear speaker', () => {
  it('is unknown when the cancel route is told only in a turn tagged customer', () => {
    const v = script({ 10: ['c', '不想要了，发短信TD到10658888退订，或者打10086。'] });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toMatch(/说话人不清：取消方式/);
  });

  it('is unknown when the agent-tagged route is only checked back', () => {
    const v = script({ 10: ['a', '不想要了就发TD到10658888退订是吧？我知道。'] });
    expect(v.result).toBe('unknown');
  });

  it('is unknown when the trial end is told only in a turn tagged customer', () => {
    const v = script({
      8: ['a', '每个月拾元，话费里扣。'],
      9: ['c', '前三十天免费试用，试用到4月3号结束，之后按月扣费。'],
    });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toMatch(/说话人不清：体验期截止日期/);
  });

  it('still fails when nobody tells the cancel route', () => {
    expect(script({ 10: ['a', '好的。'] }).result).toBe('fail');
  });
});
