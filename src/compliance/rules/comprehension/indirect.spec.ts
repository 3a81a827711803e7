import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

const comprehension = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.comprehension;

describe('comprehension: drink and sleep described by what or how, not named', () => {
  it.each([
    ['what was drunk', '下午陪客户喝了点白的，你说。'],
    ['its effect', '有点上头，你说吧。'],
    ['a slow head', '哎，脑子转不动了，你说。'],
    ['half awake', '还有点懵，你说。'],
    ['not quite awake', '没醒透呢，你讲。'],
    ['bottles counted', '喝了三瓶啤的，你说。'],
    ['Cantonese drink', '我饮咗好多酒，你讲。'],
    ['a night without sleep', '熬了个通宵，你说。'],
    ['woken by the call', '半夜被你吵起来，说吧。'],
  ])('fails %s', (_kind, said) => {
    expect(comprehension({ 3: ['c', said] }).result).not.toBe('pass');
  });

  it('does not read a coffee as drink', () => {
    expect(comprehension({ 3: ['c', '刚喝了杯咖啡，你说。'] }).result).toBe('pass');
  });
});

describe('comprehension: a bad line is resolved by the terms, not a fragment', () => {
  const afterBadLine = (reply: string) => {
    const base = withLines(GOOD_MUSIC, {});
    const lines = [
      ...base.slice(0, 9),
      ['c', '声音断断续续的，听不清。'] as const,
      ['a', '咪咕音乐白金会员，每个月10元，前三十天免费，4月3号结束。'] as const,
      ['c', reply] as const,
      ...base.slice(10),
    ];
    return evaluateCall(musicCall(lines)).rules.comprehension;
  };

  it('is not resolved when the customer only echoes the amount', () => {
    expect(afterBadLine('10块？').result).not.toBe('pass');
  });

  it('is resolved when the customer restates what it is and what it costs', () => {
    expect(afterBadLine('就是每月十块的音乐会员对吧？').result).toBe('pass');
  });

  it('fails one fragment and a "行" ("哦，10块是吧，行"): what it is never said', () => {
    const v = afterBadLine('哦，10块是吧，行。');
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('片段');
  });

  it('fails a bare "啊？啥？" to the repeat', () => {
    expect(afterBadLine('啊？啥？').result).toBe('fail');
  });
});

describe('comprehension: a bad line and one fragment caught', () => {
  it('fails "声音断断续续的……五块？" answered only with "对的"', () => {
    const lines = withLines(GOOD_MUSIC, {
      9: ['c', '喂？声音断断续续的……十块？'],
      10: ['a', '对的。如果不想要了，发短信TD到10658888，或者打10086都能退订。'],
    });
    expect(evaluateCall(musicCall(lines)).rules.comprehension.result).toBe('fail');
  });
});

describe('comprehension: the customer says they did not take it in', () => {
  it.each(['孩子在哭，你说的我一句没听进去。', '刚才走神了，没注意听。'])(
    'fails when it is never resolved: %s',
    (said) => {
      expect(comprehension({ 9: ['c', said] }).result).toBe('fail');
    },
  );
});

describe('comprehension: whose state it is, and what is left unresolved', () => {
  it.each([
    ['the person cared for is asleep', '我是机主，阿姨睡着了，你说吧。'],
    ['the spouse is drunk', '我老伴喝多了在屋里睡觉，你跟我说就行。'],
  ])('passes when %s', (_kind, said) => {
    expect(comprehension({ 3: ['c', said] }).result).toBe('pass');
  });

  it.each([
    ['drink shared with the spouse', '我跟老公刚喝了酒，你说。'],
    ['just lay down after a night up', '昨晚通宵，刚躺下，你说吧。'],
    ['a yawn', '（哈欠）嗯，你说。'],
    ['eyes not closed all night', '打了一宿麻将，一宿没合眼，你说吧。'],
    ['drink counted in bottles', '刚整了两瓶啤酒，你说。'],
    ['drowsy from medicine', '吃了感冒药，犯困得很，你说吧。'],
    ['eyes that will not open', '眼睛都睁不开了，你说吧。'],
    ['an anaesthetic not worn off', '刚做完手术，麻药还没过，你说吧。'],
    ['not yet come to', '还没回过神来，你说。'],
  ])('fails %s', (_kind, said) => {
    expect(comprehension({ 3: ['c', said] }).result).not.toBe('pass');
  });

  it.each([
    ['an old memory', '岁数大了，你说的我记不住。'],
    ['muddled', '我八十多了，糊里糊涂的。'],
    ['nothing taken in', '你说的我一句都没听进去。'],
  ])('fails %s, never restated', (_kind, said) => {
    expect(comprehension({ 5: ['c', said], 9: ['c', '嗯。'] }).result).toBe('fail');
  });

  it('does not pass poor hearing never restated ("耳朵不灵光，没听着")', () => {
    const v = comprehension({ 5: ['c', '我耳朵不灵光，刚才没听着。'], 9: ['c', '嗯。'] });
    expect(v.result).not.toBe('pass');
  });

  it('fails "什么东西?" after the features, never restated', () => {
    expect(comprehension({ 5: ['c', '啥……啥东西？'], 9: ['c', '嗯。'] }).result).toBe('fail');
  });

  it('does not read "我刚起床" alone as half asleep', () => {
    expect(comprehension({ 3: ['c', '是我，我刚起床，你说吧。'] }).result).toBe('pass');
  });

  it('passes tiredness set aside in the same breath and the terms restated later', () => {
    expect(comprehension({ 3: ['c', '刚下夜班，不过没事，你说。'] }).result).toBe('pass');
  });

  it('does not count a question about one word the agent used as confusion', () => {
    const v = comprehension({
      5: ['c', '无损是啥意思？'],
      6: ['a', '无损就是音质跟原唱片一样。下载咪咕音乐APP，用手机号登录就可以了。'],
    });
    expect(v.result).toBe('pass');
  });
});
