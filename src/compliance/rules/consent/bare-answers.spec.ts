import { evaluateCall } from '../../index.js';
import {
  CONFIRMATION_OPENING,
  GOOD_MUSIC,
  musicCall,
  musicConfirmation,
  withLines,
} from '../../test-support/builders.js';

const KEEP_Q = '请问体验期结束后您还继续使用吗？';
const CANCEL_Q = '体验期过了要帮您取消吗？';

const decide = (ask: string, reply: string) =>
  evaluateCall(
    musicConfirmation([
      ...CONFIRMATION_OPENING,
      ['a', '您上个月开通了咪咕音乐白金会员，正版无损音乐畅听，登录咪咕音乐客户端就能用。'],
      ['a', '免费体验期到4月3日结束，之后每月10元，不想用可以发TD到10658888或打10086取消。'],
      ['a', ask],
      ['c', reply],
    ]),
  ).rules.consent;

describe('follow-up decisions: a bare answer takes the polarity of the question', () => {
  it.each([
    [KEEP_Q, '不用了', 'cancel'],
    [KEEP_Q, '不了', 'cancel'],
    [KEEP_Q, '用啊，挺好', 'continue'],
    [KEEP_Q, '还是用吧', 'continue'],
    [KEEP_Q, '唔要喇', 'cancel'],
    [CANCEL_Q, '不用', 'continue'],
    [CANCEL_Q, '对，取消', 'cancel'],
  ])('to "%s" the answer "%s" is %s', (ask, reply, decision) => {
    expect(decide(ask, reply)).toMatchObject({ result: 'pass', decision });
  });

  it('still fails a non-committal answer', () => {
    expect(decide(KEEP_Q, '到时候再看吧').result).toBe('fail');
  });
});

describe('marketing consent: dialect one-word yeses to the consent question', () => {
  it.each(['得嘞', '冇问题', '没毛病', '好滴', '妥了', '确定'])('passes "%s"', (yes) => {
    const rules = evaluateCall(musicCall(withLines(GOOD_MUSIC, { 13: ['c', yes] }))).rules;
    expect(rules.consent.result).toBe('pass');
  });

  it('does not read "得了吧" (come off it) as a yes', () => {
    const rules = evaluateCall(musicCall(withLines(GOOD_MUSIC, { 13: ['c', '得了吧'] }))).rules;
    expect(rules.consent.result).not.toBe('pass');
  });
});
