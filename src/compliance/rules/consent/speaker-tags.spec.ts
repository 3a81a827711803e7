import { evaluateCall } from '../../index.js';
import { findMoney } from '../../text/money.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

const TRIAL = '前三十天免费试用，试用到4月3号结束，之后按月扣费。';

describe('money: a 角 digit running into the period', () => {
  it.each([
    ['六块六一个月', 660],
    ['9块9一个月', 990],
    ['十二块五一天', 1250],
  ])('reads %s', (said, cents) => {
    expect(findMoney(said).map((m) => m.cents)).toEqual([cents]);
  });
});

describe('consent: the only fee is checked back as a question', () => {
  it('is unknown (speaker unclear), not a pass, when the agent-tagged fee is a question', () => {
    const rules = evaluateCall(
      musicCall(withLines(GOOD_MUSIC, { 8: ['a', `那就是十块一个月是吧？我知道了。${TRIAL}`] })),
    ).rules;
    expect(rules.consent.result).toBe('unknown');
    expect(rules.consent.reasons.join()).toContain('说话人不清');
    expect(rules.script.result).toBe('unknown');
  });

  it('still passes once the agent states the fee', () => {
    const rules = evaluateCall(
      musicCall(withLines(GOOD_MUSIC, { 8: ['a', `每个月10元，从话费扣。${TRIAL}`] })),
    ).rules;
    expect(rules.consent.result).toBe('pass');
  });
});

describe('consent and script: words tagged to the wrong speaker', () => {
  it('is unknown when the only fee disclosure sits in a turn tagged customer', () => {
    const rules = evaluateCall(
      musicCall(
        withLines(GOOD_MUSIC, { 7: ['c', '资费是每月10元，从话费里扣。'], 8: ['a', TRIAL] }),
      ),
    ).rules;
    expect(rules.script.result).toBe('unknown');
    expect(rules.script.reasons.join()).toContain('说话人不清');
    expect(rules.consent.result).toBe('unknown');
  });

  it('is unknown when an imperative yes (好啊，开通吧) follows the question mark', () => {
    const lines = withLines(GOOD_MUSIC, { 12: ['a', '请问您同意开通吗？好啊，开通吧。'] });
    const rules = evaluateCall(musicCall([...lines.slice(0, 13), ...lines.slice(14)])).rules;
    expect(rules.consent.result).toBe('unknown');
  });

  it("is unknown when the yes is glued after the agent's question mark", () => {
    const lines = withLines(GOOD_MUSIC, {
      12: ['a', '那给您开通这个会员可以吗？好，帮我开通吧。'],
    });
    const rules = evaluateCall(musicCall([...lines.slice(0, 13), ...lines.slice(14)])).rules;
    expect(rules.consent.result).toBe('unknown');
    expect(rules.consent.reasons.join()).toContain('说话人不清');
  });
});

describe('consent: Cantonese yes and no', () => {
  const consent = (said: string) =>
    evaluateCall(musicCall(withLines(GOOD_MUSIC, { 13: ['c', said] }))).rules.consent;

  it.each(['开啦。', '好嘅，开啦。'])('accepts %s', (said) => {
    expect(consent(said).result).toBe('pass');
  });

  it.each(['唔好开啦。', '唔要。'])('does not accept %s', (said) => {
    expect(consent(said).result).toBe('fail');
  });
});
