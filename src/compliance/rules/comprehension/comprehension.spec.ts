import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

const comprehension = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.comprehension;

describe('comprehension', () => {
  it('passes a lucid customer', () => {
    expect(comprehension({}).result).toBe('pass');
  });

  it.each([
    ['drink', '行啊，你说，我晚上喝了点酒，脑子有点晕。'],
    ['drink', '我跟朋友吃饭喝高了，你说吧。'],
    ['drink', '嗯……有点醉了……你说。'],
    ['sleep', '你说，我还没睡醒呢。'],
    ['sleep', '我正睡觉呢，被你吵醒了……说吧。'],
    ['sleep', '半睡半醒的，你讲吧。'],
  ])('fails on signs of %s: %s', (_kind, reply) => {
    const v = comprehension({ 3: ['c', reply] });
    expect(v.result).toBe('fail');
    expect(v.evidence[0].segment).toBe(3);
  });

  it.each([
    ['drink', 5, '我刚喝了两瓶啤酒，晕乎乎的，你接着说。'],
    ['sleep', 3, '我在睡午觉呢，你说吧。'],
    ['confusion', 7, '你说的我一头雾水。'],
  ])('fails other wordings of %s', (_kind, line, reply) => {
    expect(comprehension({ [line]: ['c', reply], 9: ['c', '哦。'] }).result).toBe('fail');
  });

  it('accepts restating the cancel route as proof of understanding', () => {
    const v = comprehension({
      7: ['c', '没听懂，这是干嘛的？'],
      9: ['c', '哦。'],
      11: ['c', '哦，明白了，不要了就发TD到10658888。'],
    });
    expect(v.result).toBe('pass');
  });

  it('does not let "明白了" after a drunk remark resolve drunkenness', () => {
    const v = comprehension({
      3: ['c', '说吧，今天喝醉了。'],
      9: ['c', '明白了明白了，四月三号，十块。'],
    });
    expect(v.result).toBe('fail');
  });

  it('ignores denied drink and sleep', () => {
    expect(comprehension({ 3: ['c', '我没喝酒，也没在睡觉，你说。'] }).result).toBe('pass');
  });

  it.each(['这个白金会员是什么意思？我搞不懂。', '你说的这些我没听明白。', '啥意思啊，听不懂。'])(
    'fails unresolved non-understanding: %s',
    (reply) => {
      const v = comprehension({ 5: ['c', reply], 9: ['c', '哦。'] });
      expect(v.result).toBe('fail');
      expect(v.reasons.join()).toContain('未得到澄清');
    },
  );

  it('passes when the agent re-explains and the customer restates a term', () => {
    const v = comprehension({ 5: ['c', '不太明白，这是干啥用的？'] });
    // line 9 of the base call restates the date and the fee
    expect(v.result).toBe('pass');
    expect(v.reasons.join()).toContain('复述');
  });

  it('a bare "明白了" is not a restatement of the terms', () => {
    const v = comprehension({
      5: ['c', '我听不懂你说的。'],
      9: ['c', '哦，明白了。'],
      11: ['c', '好。'],
    });
    expect(v.result).toBe('fail');
  });

  it('still fails when the customer says they do not understand after the last explanation', () => {
    const v = comprehension({
      11: ['c', '你说的TD是什么？我还是搞不明白。'],
      13: ['c', '反正不懂，你开吧。'],
    });
    expect(v.result).toBe('fail');
  });

  it('passes a hearing problem once the customer hears and answers', () => {
    const v = evaluateCall(
      musicCall([
        ['a', '您好，请问您是这个号码的机主本人吗？'],
        ['c', '喂？信号不好，听不见。'],
        ['a', '您好，能听到吗？请问您是机主吗？'],
        ['c', '现在能听到了，是我。'],
        ...GOOD_MUSIC.slice(2),
      ]),
    ).rules.comprehension;
    expect(v.result).toBe('pass');
  });

  it('fails a hearing problem about the fee that is never cleared up', () => {
    const v = comprehension({ 9: ['c', '没听清，你再说一遍？'], 10: null, 11: null });
    expect(v.result).toBe('fail');
  });

  it('passes sleepiness only when the customer says they are awake and restates a term', () => {
    const sleepy = { 3: ['c', '刚睡醒，你说吧。'] } as const;
    expect(comprehension(sleepy).result).toBe('fail');
    expect(comprehension({ ...sleepy, 5: ['c', '嗯，我现在清醒了。'] }).result).toBe('pass');
  });

  it('is unknown when the customer never speaks', () => {
    const agentOnly = GOOD_MUSIC.filter(([who]) => who === 'a');
    expect(evaluateCall(musicCall(agentOnly)).rules.comprehension.result).toBe('unknown');
  });
});

describe('comprehension: worn out or muddled, said by its cause or its feeling', () => {
  it.each([
    '行吧，我刚下夜班，脑子一团浆糊，你说。',
    '一宿没睡，昏昏沉沉的，你讲吧。',
    '说吧说吧，说完让我睡觉。',
  ])('fails "%s" when the terms are never restated', (reply) => {
    expect(comprehension({ 3: ['c', reply], 9: ['c', '哦。'] }).result).toBe('fail');
  });
});

describe('comprehension: confusion recalled from the sale is not confusion now', () => {
  it('passes a call-back customer who says they did not understand back then', () => {
    expect(
      comprehension({ 13: ['c', '我当时没听明白，现在明白了，可以，帮我开通吧。'] }).result,
    ).toBe('pass');
  });

  it('still fails confusion about what the agent said earlier in this call', () => {
    expect(comprehension({ 9: ['c', '你之前说的我没听明白。'], 11: ['c', '哦。'] }).result).toBe(
      'fail',
    );
  });
});
