import { evaluateCall } from '../../index.js';
import {
  GOOD_MUSIC,
  MUSIC_C1,
  musicCall,
  CONFIRMATION_OPENING,
  musicConfirmation,
  withLines,
} from '../../test-support/builders.js';

const consent = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.consent;

describe('consent on marketing calls', () => {
  it('fails a yes to a vague price ("就一点点", "价格短信里都会写")', () => {
    for (const vague of ['基本免费，就一点点钱。', '价格短信里都会写，您放心。']) {
      const v = consent({
        8: ['a', `${vague}前三十天免费试用，试用到4月3号结束。`],
        9: ['c', '好。'],
      });
      expect(v.result).toBe('fail');
      expect(v.reasons.join()).toContain('知情同意');
    }
  });

  it('fails a yes when nothing about the price was ever said (FX-0019)', () => {
    const v = consent({
      7: ['c', '好的。'],
      8: ['a', '前三十天免费试用，试用到4月3号结束。'],
      9: null,
    });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('从未告知资费');
  });

  it('judges the yes after a price stated falsely as free: the script standard fails that (D19)', () => {
    const v = evaluateCall(
      musicCall(withLines(GOOD_MUSIC, { 8: ['a', '这个是不收费的，试用到4月3号结束。'], 9: null })),
    );
    expect(v.rules.consent.result).toBe('pass');
    expect(v.rules.script.result).toBe('fail');
    // The reason says what was said: a claim of free, not a fee told.
    expect(v.rules.consent.reasons.join()).toContain('坐席称“不收费”后明确同意开通');
    expect(v.rules.consent.reasons.join()).not.toContain('告知资费');
  });

  it("is unknown when the only yes is glued onto the agent's question (merged turns)", () => {
    const v = consent({ 12: ['a', '那给您开通这个会员可以吗 好的开吧 好的给您办理'], 13: null });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('说话人不清');
  });

  it.each([
    '同意。',
    '行，那就开通吧。',
    '可以，给我开一个。',
    '好的，给我开上吧。',
    '那办一个吧。',
    '嗯……那开吧。',
    '可以。',
    '好的。',
    '非常同意，开吧。',
    '要不就开吧。',
  ])('passes explicit agreement: %s', (reply) => {
    expect(consent({ 13: ['c', reply] }).result).toBe('pass');
  });

  it.each([
    ['filler', '嗯。'],
    ['filler', '哦……'],
    ['hedge', '我再考虑考虑。'],
    ['hedge', '再说吧。'],
    ['hedge', '随便你吧。'],
    ['hedge', '你看着办。'],
    ['hedge', '等我老婆回来商量一下。'],
    ['refusal', '不同意。'],
    ['refusal', '不需要，谢谢。'],
    ['refusal', '不用了。'],
    ['refusal', '别给我开，我不要。'],
    ['refusal', '我是不会同意的。'],
    ['refusal', '算了吧。'],
  ])('fails a %s: %s', (_kind, reply) => {
    const v = consent({ 13: ['c', reply] });
    expect(v.result).toBe('fail');
    expect(v.reasons.length).toBeGreaterThan(0);
  });

  it('permission to keep talking is not consent ("可以，你说")', () => {
    expect(consent({ 13: ['c', '可以，你说。'] }).result).toBe('fail');
    expect(consent({ 13: ['c', '可以，你继续说。'] }).result).toBe('fail');
  });

  it.each([
    '随便吧，你开吧。',
    '行吧行吧，你们爱怎么弄怎么弄。',
    '无所谓，开就开吧。',
    '你先发个短信给我看看。',
    '我问问我老公再说。',
    '不太想开。',
    '嗯嗯。',
  ])('fails other non-consent: %s', (reply) => {
    expect(consent({ 13: ['c', reply] }).result).toBe('fail');
  });

  it('a one-word yes counts only as the answer to the activation question', () => {
    // "好" here answers the cancel explanation, and the activation question gets silence
    const v = consent({ 13: null });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('未作答');
  });

  it('agreement before the fee is disclosed does not count', () => {
    const v = consent({ 5: ['c', '听着不错，给我开通吧。'], 13: ['c', '嗯。'] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('之前');
  });

  it('agreement before the fee counts once repeated after it', () => {
    expect(consent({ 5: ['c', '听着不错，给我开通吧。'] }).result).toBe('pass');
  });

  it('an agent announcing activation after silence is not consent', () => {
    const v = consent({ 13: null, 14: ['a', '您没说不要，那我就给您开通了啊，再见。'] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('自行宣布开通');
    expect(v.evidence.some((e) => e.segment === 13)).toBe(true);
  });

  it('a one-word yes to an activation proposal counts', () => {
    expect(consent({ 12: ['a', '那我先给您开通吧？'], 13: ['c', '好。'] }).result).toBe('pass');
    expect(consent({ 12: ['a', '那先给您开上，您看怎么样'], 13: ['c', '行。'] }).result).toBe(
      'pass',
    );
  });

  it('a one-word yes to an agent announcement does not count', () => {
    expect(consent({ 12: ['a', '那我就给您开通了。'], 13: ['c', '行。'] }).result).toBe('fail');
  });

  it.each(['那你给我弄一个吧。', '好吧，那就先开着吧。', '我愿意开通。'])(
    'passes colloquial agreement: %s',
    (reply) => {
      expect(consent({ 13: ['c', reply] }).result).toBe('pass');
    },
  );

  it('a later refusal withdraws earlier agreement', () => {
    const lines = [
      ...withLines(GOOD_MUSIC, { 13: ['c', '行，开吧。'], 14: ['a', '好的，稍后短信通知。'] }),
      ['c', '等等，算了，我不要了。'] as const,
    ];
    expect(evaluateCall(musicCall(lines)).rules.consent.result).toBe('fail');
  });

  it('a hedge followed by agreement is consent', () => {
    expect(consent({ 11: ['c', '我想想……'], 13: ['c', '想好了，同意开通。'] }).result).toBe('pass');
  });

  it('questions and "if" clauses are not agreement', () => {
    expect(consent({ 13: ['c', '开通了以后怎么用？'] }).result).toBe('fail');
    expect(consent({ 13: ['c', '如果要开的话，给我开通吧是不是就收费了？'] }).result).toBe('fail');
  });

  it('talk of the trial being free is not a refusal ("不要钱")', () => {
    expect(consent({ 11: ['c', '那试用期内不要钱，行。'], 13: ['c', '同意，开吧。'] }).result).toBe(
      'pass',
    );
  });
});

describe('consent on confirmation and remedial calls', () => {
  const confirmation = (reply: string, question = '请问体验期结束后您还继续使用吗？') =>
    evaluateCall(
      musicConfirmation([
        ...CONFIRMATION_OPENING,
        [
          'a',
          '您上个月开通了咪咕音乐白金会员，正版无损音乐畅听，下载歌曲免流量，登录咪咕音乐客户端就能用。',
        ],
        ['a', '免费体验期到4月3日结束，之后每月10元，不想用可以发TD到10658888或打10086取消。'],
        ['a', question],
        ['c', reply],
      ]),
    ).rules.consent;

  it.each([
    ['continue', '继续用吧。'],
    ['continue', '留着吧，挺好用。'],
    ['continue', '不用取消，我还用。'],
    ['continue', '先别取消。'],
    ['cancel', '不继续了，帮我退掉吧。'],
    ['cancel', '不想用了，取消吧。'],
    ['cancel', '用不上，不要了。'],
  ])('records %s: %s', (decision, reply) => {
    expect(confirmation(reply)).toMatchObject({ result: 'pass', decision });
  });

  it('reads a bare "对" by what the agent asked', () => {
    expect(confirmation('对。', '跟您确认一下，体验期结束后您不再继续使用，对吗？')).toMatchObject({
      result: 'pass',
      decision: 'cancel',
    });
    expect(confirmation('对。', '那体验期结束后您还继续使用，对吗？')).toMatchObject({
      result: 'pass',
      decision: 'continue',
    });
  });

  it.each(['嗯。', '我再考虑考虑。', '到时候再说吧。', '取消的话怎么弄？'])(
    'fails without an explicit decision: %s',
    (reply) => {
      expect(confirmation(reply)).toMatchObject({ result: 'fail', decision: null });
    },
  );

  it('treats a remedial call like a confirmation call', () => {
    const input = musicCall(
      [
        ['a', '您好，请问您是这个号码的机主本人吗？'],
        ['c', '是的。'],
        ['a', '耽误您一分钟，回访一下您前几天办的音乐会员，方便吗？'],
        ['c', '方便。'],
        ['a', '这个会员您是要继续保留还是取消？'],
        ['c', '取消吧，我不需要。'],
      ],
      { purpose: 'remedial', script: MUSIC_C1, trialEnd: '2026-04-03' },
    );
    expect(evaluateCall(input).rules.consent).toMatchObject({ result: 'pass', decision: 'cancel' });
  });
});

describe('consent: a fee stated in an unpunctuated ASR turn', () => {
  const unpunctuated = (priceTurn: string) =>
    evaluateCall(
      musicCall(
        withLines(GOOD_MUSIC, {
          8: ['a', priceTurn],
          9: null,
          10: null,
          12: ['a', '请问您同意开通吗'],
          13: ['c', '同意开通'],
        }),
      ),
    ).rules.consent;

  it.each([
    [
      'a send-SMS cancel route in the same turn',
      '资费是每月10元从话费中扣除前三十天免费试用到4月3号结束不想用了编辑短信TD发送到10658888或者拨打10086取消',
    ],
    [
      '块 written as its homophone 快',
      '资费是每月10快从话费中扣除前三十天免费试用到4月3号结束不想用了编辑短信TD发到10658888取消',
    ],
  ])('takes the fee as disclosed with %s', (_kind, turn) => {
    expect(unpunctuated(turn).result).toBe('pass');
  });

  it('still ignores an amount given as a gift beside it', () => {
    const v = unpunctuated(
      '开通就送您10元话费前三十天免费试用到4月3号结束不想用了编辑短信TD发到10658888取消',
    );
    expect(v.result).toBe('fail');
  });
});

describe('consent: the decision asked as an A-not-A question', () => {
  it.each(['开不开？', '那您开唔开？', '这个办不办？'])(
    'takes "可以，开通" after "%s" as a yes',
    (q) => {
      expect(consent({ 12: ['a', q], 13: ['c', '可以，开通。'] }).result).toBe('pass');
    },
  );
});
