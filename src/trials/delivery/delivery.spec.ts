import { createHmac } from 'node:crypto';
import { feeText, fillScript, trialEndText } from './confirmation-script.js';
import { signature } from './signed-post.js';

describe('confirmation script', () => {
  it('fills every placeholder the way an agent says it', () => {
    const text =
      '[price] 资费是每月{price}。\n[trial_end] 体验期{trialDays}天，到{trialEnd}结束。\n[cancel_method] 可以{cancelMethod}取消。';
    expect(
      fillScript(text, {
        monthlyFeeCents: 1000,
        trialDays: 30,
        cancelMethod: '拨打10086',
        trialEnd: '2026-12-09',
      }),
    ).toBe(
      '[price] 资费是每月10元。\n[trial_end] 体验期30天，到12月9日结束。\n[cancel_method] 可以拨打10086取消。',
    );
  });

  it('leaves unknown placeholders alone and formats odd fees', () => {
    expect(
      fillScript('{agentName}', {
        monthlyFeeCents: 1,
        trialDays: 1,
        cancelMethod: '',
        trialEnd: '2026-01-01',
      }),
    ).toBe('{agentName}');
    expect(feeText(1050)).toBe('10.5元');
    expect(feeText(599)).toBe('5.99元');
    expect(trialEndText('2027-01-31')).toBe('1月31日');
  });
});

describe('webhook signature', () => {
  it('is sha256=<hex HMAC of the raw body>', () => {
    const body = JSON.stringify({ trialId: 1 });
    const expected = createHmac('sha256', 'secret-secret-secret').update(body).digest('hex');
    expect(signature('secret-secret-secret', body)).toBe(`sha256=${expected}`);
  });
});
