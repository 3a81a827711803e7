import { evaluateCall } from '../../index.js';
import {
  CONFIRMATION_OPENING,
  GOOD_MUSIC,
  musicCall,
  musicConfirmation,
  withLines,
} from '../../test-support/builders.js';

/* GOOD_MUSIC: line 12 asks for consent, line 13 answers it, line 14 says goodbye. */
const consent = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.consent;

describe('consent: thanks or goodbye is no agreement', () => {
  it.each([
    ['thanks', '好的好的，谢谢啊。'],
    ['thanks after 行', '行行，谢谢。'],
    ['winding up', '嗯好，那先这样。'],
    ['an acknowledgement', '好，知道了。'],
    ['goodbye', '好，好，再见。'],
  ])('fails a bare yes said as %s', (_kind, reply) => {
    const v = consent({ 13: ['c', reply] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('客套或结束语');
  });

  it.each([
    ['开吧', '好的，开吧，谢谢。'],
    ['同意', '同意，谢谢啊。'],
    ['办一个', '可以，办一个吧，谢谢你。'],
  ])('passes explicit agreement (%s) said with thanks', (_kind, reply) => {
    expect(consent({ 13: ['c', reply] }).result).toBe('pass');
  });

  it('keeps a clear yes when thanks answer the agent wrapping up', () => {
    const v = consent({
      14: ['a', '好的，那我这边给您开通了，稍后短信通知您，好吗？'],
      15: ['c', '好的好的，谢谢啊。'],
    });
    expect(v.result).toBe('pass');
  });
});

describe('confirmation decision: thanks or goodbye decides nothing', () => {
  const decision = (...lines: Array<readonly ['a' | 'c', string]>) =>
    evaluateCall(
      musicConfirmation([
        ...CONFIRMATION_OPENING,
        ['a', '您之前开通了咪咕音乐白金会员，登录咪咕音乐客户端就能畅听无损音乐。'],
        ['a', '体验期到4月3日结束，之后每月10元，不想用可以编辑短信TD发送到10658888取消。'],
        ['a', '请问您体验期结束后还继续使用吗？'],
        ...lines,
      ]),
    ).rules.consent;

  it('fails a bare yes said as thanks', () => {
    expect(decision(['c', '好的好的，谢谢啊。']).result).toBe('fail');
  });

  it('passes a decision said with thanks, and keeps it through a closing thank-you', () => {
    expect(decision(['c', '继续用吧，谢谢。']).decision).toBe('continue');
    const kept = decision(
      ['c', '不用了，取消吧。'],
      ['a', '好的，那给您取消了，好吗？'],
      ['c', '行行，谢谢。'],
    );
    expect(kept).toMatchObject({ result: 'pass', decision: 'cancel' });
  });
});

describe('consent: a yes the agent then sets aside, or made to wait on someone', () => {
  it.each([
    [
      'the agent holds off',
      { 13: ['c', '可以。'], 14: ['a', '好的，那我先不给您办，您考虑好了再说。'] },
    ],
    ['a yes that waits on the wife', { 13: ['c', '同意是同意，但是我要先问下我老婆。'] }],
  ] as Array<[string, Parameters<typeof withLines>[1]]>)('fails %s', (_kind, changes) => {
    expect(consent(changes).result).toBe('fail');
  });
});
