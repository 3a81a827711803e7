import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

const identity = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.identity;

describe('identity: who is on the line', () => {
  it('passes the account holder who confirms', () => {
    expect(identity({}).result).toBe('pass');
  });

  it.each([
    '是我本人，有什么事？',
    '嗯，是的。',
    '是，你说。',
    '没错，这号一直是我在用。',
    '对呀，怎么啦？',
    '这手机是我的。',
  ])('accepts the holder saying %s', (answer) => {
    expect(identity({ 1: ['c', answer] }).result).toBe('pass');
  });

  it('fails when the agent never asks who is speaking', () => {
    const v = identity({ 0: ['a', '您好，这里是移动合作服务中心。'], 1: ['c', '嗯，什么事？'] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('未核实');
  });

  it('fails a plain "not me" with no family authority', () => {
    expect(identity({ 1: ['c', '不是我，你打错了吧。'] }).result).toBe('fail');
    expect(identity({ 1: ['c', '我不是，机主不在。'] }).result).toBe('fail');
  });

  it.each([
    ['friend', '我不是机主，我是他的朋友，他去洗手间了。'],
    ['neighbour', '我是她邻居，她让我帮忙看着手机。'],
    ['colleague', '这是我们领导的手机，他在开会，我帮他接一下。'],
    ['relative', '我是他表哥，他手机落我这了。'],
    ['sibling', '我是他姐姐，家里我说了算。'],
    ['child (owner is my dad)', '这是我爸的手机，我是他儿子。'],
    ['pupil', '我是他孩子，我还在上学。'],
    ['stated age', '我才十二岁，这是我爸爸的手机。'],
  ])('fails a %s even if they say they can decide', (_who, answer) => {
    const v = identity({ 1: ['c', answer] });
    expect(v.result).toBe('fail');
    expect(v.evidence.some((e) => e.segment === 1)).toBe(true);
  });

  it('sends a son or daughter who only says they decide to review (adult or not is unclear)', () => {
    const v = identity({ 1: ['c', '我是她女儿，我已经能做主了。'] });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('身份不确定');
  });

  it("passes an adult daughter who runs her mother's line and decides", () => {
    const v = identity({ 1: ['c', '这是我妈的号，套餐话费一直都是我在管，这事我做主。'] });
    expect(v.result).toBe('pass');
    expect(v.reasons.join()).toContain('子女');
  });

  it.each([
    ['holder named as a friend', '他是我朋友，手机放我这了，你说吧。'],
    ['household help', '她出去了，我是她家阿姨。'],
    ['a pupil', '我是他女儿，我读初二。'],
    ['a work phone', '是我，不过这是公司给配的手机。'],
  ])('fails %s', (_who, answer) => {
    expect(identity({ 1: ['c', answer] }).result).toBe('fail');
  });

  it('does not mistake the holder mentioning a relative for a relative', () => {
    expect(identity({ 1: ['c', '是我本人，我儿子的手机也是你们移动的。'] }).result).toBe('pass');
  });

  it('a relative saying they use the number is still a relative', () => {
    expect(identity({ 1: ['c', '这是我闺女的号，她上大学去了，号一直是我在用。'] }).result).toBe(
      'fail',
    );
  });

  it('goes by whose name the number is registered in, not who uses it', () => {
    expect(identity({ 1: ['c', '这号是我在用，不过是在我爸名下的。'] }).result).toBe('fail');
  });

  it('does not take a parent saying the holder is at school for a minor on the line', () => {
    const v = identity({ 1: ['c', '我是他妈妈，他还在上学，他的事我做主。'] });
    expect(v.result).toBe('pass');
  });

  it('does not read "这是我老公的号" as "是我"', () => {
    expect(identity({ 1: ['c', '这是我老公的号，你什么事？'] }).result).toBe('fail');
  });

  it('accepts a check of the registered name as the identity question', () => {
    expect(identity({ 0: ['a', '您好，请问是刘先生吗？'], 1: ['c', '嗯，我是。'] }).result).toBe(
      'pass',
    );
  });

  it('fails when the customer never answers who they are', () => {
    expect(identity({ 1: ['c', '你哪位？'] }).result).toBe('fail');
  });

  it('fails when the agent knowingly pitches to a child', () => {
    const v = identity({
      1: ['c', '嗯。'],
      2: ['a', '小朋友，耽误你两分钟，给你讲个听歌的优惠，可以吗？'],
    });
    expect(v.result).toBe('fail');
  });

  it('fails a company phone, even when the answer is "yes"', () => {
    expect(identity({ 1: ['c', '是的，不过这是单位配的电话。'] }).result).toBe('fail');
    expect(identity({ 1: ['c', '对，这是我们公司的号。'] }).result).toBe('fail');
  });

  it('does not treat a denied company phone as one', () => {
    expect(identity({ 1: ['c', '是我，这不是公司的号，是我私人的。'] }).result).toBe('pass');
  });

  describe('family members', () => {
    it('passes a spouse who says she decides', () => {
      const v = identity({
        1: ['c', '他不在，这是我丈夫的号。我是他媳妇，家里的事都归我管。'],
      });
      expect(v.result).toBe('pass');
      expect(v.reasons.join()).toContain('配偶');
    });

    it('passes a parent who answers "能" to the agent asking whether they can decide', () => {
      const v = evaluateCall(
        musicCall([
          ['a', '您好，请问是这个号码的机主吗？'],
          ['c', '这是我儿子的手机，他出差了。'],
          ['a', '那这些业务您能替他做主吗？'],
          ['c', '能，他的事我都能做主。'],
          ...GOOD_MUSIC.slice(2),
        ]),
      ).rules.identity;
      expect(v.result).toBe('pass');
    });

    it('fails a spouse who never claims authority', () => {
      expect(identity({ 1: ['c', '我是他老婆，他在睡午觉。'] }).result).toBe('fail');
    });

    it('fails a spouse who defers to the holder', () => {
      const v = identity({ 1: ['c', '我是他爱人，这事我做不了主，得问他。'] });
      expect(v.result).toBe('fail');
      expect(v.reasons.join()).toContain('不能做主');
    });
  });
});

describe('identity: permission to pitch', () => {
  it.each(['行，你简单说说。', '嗯，说。', '可以啊。', '有空，你讲吧。'])(
    'passes when permission is granted: %s',
    (reply) => {
      expect(identity({ 3: ['c', reply] }).result).toBe('pass');
    },
  );

  it.each(['现在不方便，我在开车。', '没空，忙着呢。', '我正忙，晚点再打吧。', '不太方便。'])(
    'fails when the pitch follows a refusal: %s',
    (reply) => {
      const v = identity({ 3: ['c', reply] });
      expect(v.result).toBe('fail');
      expect(v.reasons.join()).toContain('不方便');
    },
  );

  it('fails a spouse told to ask the holder, who only lets the agent talk', () => {
    const v = identity({
      1: ['c', '我是他老婆。'],
      2: ['a', '那您能做主吗？耽误您两分钟可以吗？'],
      3: ['c', '这个得问他，你先说吧。'],
    });
    expect(v.result).toBe('fail');
  });

  it('passes a go-ahead given while busy ("我在开车，你说吧")', () => {
    expect(identity({ 3: ['c', '我在开车，你说吧。'] }).result).toBe('pass');
  });

  it('passes when the customer first hesitates, is asked again and agrees', () => {
    const v = identity({
      3: ['c', '我在开会呢。'],
      4: ['a', '就一分钟，很快说完，可以吗？'],
      5: ['c', '那行吧，你快说。'],
    });
    expect(v.result).toBe('pass');
  });

  it('fails when permission is never asked', () => {
    const v = identity({ 2: ['a', '我们有个听歌的会员活动。'], 3: ['c', '嗯。'] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('未征得');
  });

  it('fails when the customer says nothing to the permission question', () => {
    expect(identity({ 3: null }).result).toBe('fail');
  });
});

describe('identity: a refusal is not undone by the pitch that follows it', () => {
  it('fails when the customer says it is inconvenient and the agent pitches and asks to open', () => {
    const v = identity({
      1: ['c', '是我，我在开车，不方便。'],
      2: ['a', '就一分钟，咪咕音乐白金会员上千万首歌随便听，请问您同意开通吗？'],
      3: ['c', '行行行开吧。'],
    });
    expect(v.result).toBe('fail');
  });

  it('still takes "耽误您一分钟，您看行吗？" as asking leave to talk', () => {
    expect(identity({ 2: ['a', '耽误您一分钟给您介绍个听歌的优惠，您看行吗？'] }).result).toBe(
      'pass',
    );
  });

  it('is unknown when the identity question itself is tagged customer', () => {
    const v = identity({
      0: ['a', '您好，这里是移动合作服务中心。'],
      1: ['c', '请问您是本机号码的机主吗？'],
    });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toContain('说话人不清');
  });

  it('reads the ASR homophone 鸡主 as 机主', () => {
    expect(identity({ 0: ['a', '您好 移动合作服务中心 请问您是这个号的鸡主吗'] }).result).toBe(
      'pass',
    );
  });
});
