import { politeCall, turns } from '../test-support/service-language.js';
import { analyzeServiceLanguage } from './analyze.js';
import { DEFAULT_PHRASE_LIST } from './default-phrases.js';
import type { FindingKind } from './types.js';

const analyze = (segments: ReturnType<typeof turns>) =>
  analyzeServiceLanguage(segments, DEFAULT_PHRASE_LIST);
const kinds = (segments: ReturnType<typeof turns>, kind?: FindingKind) =>
  analyze(segments)
    .findings.filter((f) => !kind || f.kind === kind)
    .map((f) => [f.kind, f.segment]);

describe('service language: greeting', () => {
  it('passes a greeting in the first or second agent turn', () => {
    expect(kinds(politeCall(), 'greeting')).toEqual([]);
    expect(
      kinds(turns('a:喂？', 'c:喂。', 'a:您好，请问是机主吗？', 'a:再见'), 'greeting'),
    ).toEqual([]);
  });

  it('finds a missing greeting at the first agent turn', () => {
    const call = turns('c:喂？', 'a:我是移动的，请问您是机主吗？', 'c:是。', 'a:感谢您，再见。');
    expect(kinds(call, 'greeting')).toEqual([['greeting', 1]]);
  });

  it('does not count a greeting that comes only later in the call', () => {
    const call = turns(
      'a:喂，机主吗？',
      'c:是。',
      'a:说个业务。',
      'c:嗯。',
      'a:您好您好。',
      'a:再见',
    );
    expect(kinds(call, 'greeting')).toEqual([['greeting', 0]]);
  });

  it('tolerates ASR spacing and 你 for 您', () => {
    expect(kinds(turns('a:你 好 ， 请问您是机主吗', 'a:谢谢，再见'), 'greeting')).toEqual([]);
  });
});

describe('service language: closing', () => {
  it('accepts thanks or a farewell in the last two agent turns', () => {
    expect(kinds(turns('a:您好', 'a:感谢您的接听。', 'c:好。', 'a:嗯嗯。'), 'closing')).toEqual([]);
    expect(kinds(turns('a:您好', 'c:拜拜。', 'a:拜拜。'), 'closing')).toEqual([]);
  });

  it('finds a missing closing at the last agent turn', () => {
    const call = turns('a:您好，请问是机主吗？', 'c:是。', 'a:好的，已经给您开通了。', 'c:好。');
    expect(kinds(call, 'closing')).toEqual([['closing', 2]]);
  });

  it('does not count thanks said early in the call', () => {
    const call = turns('a:您好，谢谢您接听。', 'c:嗯。', 'a:请问您同意吗？', 'a:那就先这样。');
    expect(kinds(call, 'closing')).toEqual([['closing', 3]]);
  });
});

describe('service language: polite address (您/请 in at least 40% of substantive turns)', () => {
  it('passes when most turns say 您 or 请', () => {
    expect(kinds(politeCall('a:给您介绍一个优惠活动。', 'c:你说。'), 'polite_address')).toEqual([]);
  });

  it('finds too few 您/请, naming the first bare turn', () => {
    const call = turns(
      'a:您好，我是移动的。',
      'c:嗯。',
      'a:你这个号码可以办个音乐会员。',
      'c:多少钱？',
      'a:每个月十块钱，你要不要开。',
      'c:再说吧。',
      'a:那行，你考虑考虑，再见。',
    );
    const found = analyze(call).findings.filter((f) => f.kind === 'polite_address');
    expect(found.map((f) => f.segment)).toEqual([2]);
    expect(found[0].reason).toContain('25%');
  });

  it('does not count backchannels and short replies as turns to judge', () => {
    const call = politeCall('a:对。', 'a:好的好的。', 'a:是的。', 'a:嗯嗯，明白。');
    expect(kinds(call, 'polite_address')).toEqual([]);
  });

  it('does not count 请 inside 申请 as polite', () => {
    const call = turns(
      'a:您好。',
      'a:这个要去营业厅申请一下才能办理。',
      'a:申请的时候带上身份证原件就可以。',
      'a:拿到以后就能用了，再见。',
    );
    expect(kinds(call, 'polite_address')).toEqual([['polite_address', 1]]);
  });

  it('does not judge a call with fewer than two substantive agent turns', () => {
    expect(kinds(turns('a:喂，哪位啊，找谁的？', 'c:打错了。'), 'polite_address')).toEqual([]);
  });
});

describe('service language: taboos', () => {
  const taboos = (...middle: string[]) =>
    analyze(politeCall(...middle))
      .findings.filter((f) => f.kind === 'taboo')
      .map((f) => [f.segment, f.family, f.phrase]);

  it('finds each family with its segment and phrase', () => {
    expect(taboos('c:为什么扣我钱？', 'a:这个不归我管，您去问别人吧。')).toEqual([
      [3, 'taboo.shirking', '不归我管'],
    ]);
    expect(taboos('c:我不懂。', 'a:我说了多少遍了您还不明白。')).toEqual([
      [3, 'taboo.blunt', '我说了多少遍'],
    ]);
    expect(taboos('c:没看到短信。', 'a:那是您自己没看短信。')).toEqual([
      [3, 'taboo.blaming', '您自己没看'],
    ]);
  });

  it('reports two families in one turn, one finding each', () => {
    const found = taboos('a:不关我的事，不关我的事，谁让您自己点开通的。');
    expect(found.map(([, family]) => family)).toEqual(['taboo.shirking', 'taboo.blaming']);
  });

  it('is defused by a negator just before it', () => {
    expect(taboos('c:是不是我弄错了？', 'a:这不是您的错，我马上帮您处理。')).toEqual([]);
    expect(taboos('a:请放心，我们没有说是您的错。')).toEqual([]);
    expect(taboos('a:这个绝不是您自己的问题。')).toEqual([]);
  });

  it('keeps a taboo that itself starts with a negator', () => {
    expect(taboos('a:这不是我的问题，是系统扣的。').map(([, f]) => f)).toEqual(['taboo.shirking']);
  });

  it('does not count "不，是我的问题": a pause is not part of the phrase', () => {
    expect(taboos('a:不，是我的问题，我马上给您改。')).toEqual([]);
  });

  it('does not count the agent repeating the customer’s complaint', () => {
    expect(taboos('a:您是说上次的客服跟您讲不归我管，对吗？')).toEqual([]);
    expect(taboos('a:您刚才说，客服讲的是不关我的事，这个我们一定核实。')).toEqual([]);
  });

  it('does not carry a quote cue across a sentence end', () => {
    expect(taboos('a:您说的我知道了。不归我管。').map(([, f]) => f)).toEqual(['taboo.shirking']);
  });

  it('tolerates ASR fillers and spaces inside the phrase', () => {
    expect(taboos('a:这个 不归 嗯 我管。').map(([, f]) => f)).toEqual(['taboo.shirking']);
  });

  it('honours exceptions: "我不知道您方不方便" is a polite question', () => {
    expect(taboos('a:我不知道您现在方不方便？')).toEqual([]);
    expect(taboos('a:这个我不知道。').map(([, f]) => f)).toEqual(['taboo.blunt']);
  });

  it('never judges the customer', () => {
    expect(taboos('c:不关我的事，你烦不烦，都怪你。', 'a:非常抱歉打扰您。')).toEqual([]);
  });
});

describe('service language: the result', () => {
  it('scores a polite call 100 with no findings', () => {
    expect(analyze(politeCall('a:请问您同意开通吗？', 'c:同意。'))).toEqual({
      score: 100,
      findings: [],
    });
  });

  it('has no score when the agent said nothing', () => {
    expect(analyze(turns('c:喂？喂？'))).toEqual({ score: null, findings: [] });
    expect(analyzeServiceLanguage(null, DEFAULT_PHRASE_LIST)).toEqual({
      score: null,
      findings: [],
    });
    expect(analyze(turns('a:   ', 'a:嗯'))).toEqual({ score: null, findings: [] });
  });

  it('lists findings in transcript order', () => {
    const call = turns('a:机主吗？', 'c:是。', 'a:不关我的事。', 'c:？', 'a:就这样。');
    expect(kinds(call).map(([, segment]) => segment)).toEqual([0, 2, 4]);
  });
});
