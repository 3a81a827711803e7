import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

const consent = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.consent;

describe('consent: a yes to something other than activation', () => {
  it('is unknown when the bare yes answers the question clause about something else', () => {
    const v = consent({
      12: ['a', '那我给您开通，号码就是您现在接电话的这个是吧？'],
      13: ['c', '对。'],
    });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('回答范围不清');
  });

  it.each(['那给您开通，好吗？', '给您开通这个会员，您看行不行？', '帮您开通试一下，可以吗？'])(
    'still passes a bare yes to a proposal with a bare tag question: %s',
    (question) => {
      expect(consent({ 12: ['a', question], 13: ['c', '可以。'] }).result).toBe('pass');
    },
  );

  it('fails when the customer wants a message first ("行行行，你发短信给我吧")', () => {
    expect(consent({ 13: ['c', '行行行，你发短信给我吧。'] }).result).toBe('fail');
    expect(consent({ 13: ['c', '你先发个短信给我看看。'] }).result).toBe('fail');
  });

  it('fails a dialect hedge: Cantonese 谂下, northern 寻思', () => {
    expect(consent({ 13: ['c', '等我谂下先。'] }).result).toBe('fail');
    expect(consent({ 13: ['c', '再寻思寻思吧。'] }).result).toBe('fail');
  });
});

describe('consent: conditional yes', () => {
  it.each([
    ['的话 before the yes', '不花钱的话给俺整一个。'],
    ['a condition on cost without 如果', '不要钱就开。'],
    ['只要…就', '只要不扣钱我就开。'],
  ])('fails %s', (_kind, reply) => {
    expect(consent({ 13: ['c', reply] }).result).toBe('fail');
  });

  it('passes a reluctant but explicit yes ("也行吧")', () => {
    expect(consent({ 13: ['c', '也行吧。'] }).result).toBe('pass');
  });
});

describe('consent: taken back in Cantonese', () => {
  it('fails a yes followed by "唔好住，我唔要喇"', () => {
    expect(consent({ 13: ['c', '好啊。'] }).result).toBe('pass');
    expect(consent({ 13: ['c', '好啊。'], 14: ['c', '唔好住，我唔要喇。'] }).result).toBe('fail');
  });

  it('fails a Cantonese no ("唔使喇")', () => {
    expect(consent({ 13: ['c', '唔使喇，多谢。'] }).result).toBe('fail');
  });
});

describe('consent: the agent’s words tagged as the customer’s', () => {
  it('is unknown when the only yes is in the agent’s voice ("好的，那我给您开通")', () => {
    const v = consent({ 13: ['c', '嗯。'], 14: ['c', '好的，那我给您开通。'] });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('说话人不清');
  });
});

describe('consent: a bare yes that leads into a request for something else', () => {
  it('is unknown when the yes goes on to ask for another change ("行，那你把我套餐换成…")', () => {
    const v = consent({ 13: ['c', '行，那你把我套餐换成便宜点的那个吧。'] });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('回答范围不清');
  });

  it('fails when the request is to read it first ("好好好，你先把介绍发我，我看看")', () => {
    expect(consent({ 13: ['c', '好好好，你先把介绍发我，我看看。'] }).result).toBe('fail');
  });

  it('still passes when the request names the activation ("行，你给我开了吧")', () => {
    expect(consent({ 13: ['c', '行，你给我开了吧。'] }).result).toBe('pass');
    expect(consent({ 13: ['c', '可以，你帮我把这个办上吧。'] }).result).toBe('pass');
  });
});

describe('consent: the brisk "开吗？"', () => {
  it('reads a bare "开" or "行，开" to "…开吗？" as the yes', () => {
    expect(consent({ 12: ['a', '开吗？'], 13: ['c', '开。'] }).result).toBe('pass');
    expect(consent({ 12: ['a', '开吗？'], 13: ['c', '行，开。'] }).result).toBe('pass');
  });

  it('does not take "能打开吗？" for the activation question', () => {
    const v = consent({ 12: ['a', '这个APP您手机上能打开吗？'], 13: ['c', '可以。'] });
    expect(v.result).not.toBe('pass');
  });
});
