import { flowScript, musicScript } from '../../test-support/builders.js';

const music = musicScript;
const flow = flowScript;

// Index 14 is the agent's goodbye in GOOD_MUSIC, 12 in GOOD_FLOW: a free sentence added there.
describe('script: "free" said of something other than this product\'s fee', () => {
  it.each([
    ['the trial itself, even "完全免费"', '试用期内完全免费，再见。'],
    ['a feature inside the paid product', '会员里头的音效包是免费送的，再见。'],
    ['getting the app', 'APP是免费下载的，再见。'],
    ['a free tier said before a later time', '免费的基础音效以后也一直能用，再见。'],
  ])('is no misleading claim: %s', (_kind, said) => {
    expect(music({ 14: ['a', said] }).result).toBe('pass');
  });

  it('is no misleading claim when the other party is the one who pays nothing', () => {
    expect(flow({ 12: ['a', '打过来的人不花钱，对他是免费的，再见。'] }).result).toBe('pass');
  });
});

describe('script: "free" said of this product', () => {
  it('fails "free after the trial too": no trial wording excuses it', () => {
    const v = music({ 14: ['a', '试用期过了也不收费，再见。'] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('误导');
  });

  it('still fails a product without a trial called free', () => {
    expect(flow({ 12: ['a', '这个加油包是免费送您的，再见。'] }).result).toBe('fail');
  });
});

describe('script: "free" whose scope is unclear', () => {
  it('is unknown, naming the segment, when "free" comes with try-it-first words', () => {
    const v = music({ 14: ['a', '反正是免费的，您先试试，再见。'] });
    expect(v.result).toBe('unknown');
    expect(v.reasons.join()).toMatch(/第15段.*免费.*人工复核/);
    expect(v.evidence.some((e) => e.segment === 14)).toBe(true);
  });
});

describe('script: "free" in more wordings', () => {
  it('is no misleading claim for people the customer shares with', () => {
    expect(music({ 14: ['a', '您分享给朋友，他们听是不花钱的，再见。'] }).result).toBe('pass');
  });

  it('is no misleading claim for "these N days" of the trial', () => {
    expect(music({ 14: ['a', '这三十天一分钱也不扣，再见。'] }).result).toBe('pass');
  });

  it('fails "不收您一分钱" said of the product', () => {
    expect(music({ 14: ['a', '这个会员不收您一分钱，再见。'] }).result).toBe('fail');
  });
});

describe('script: activation that costs nothing', () => {
  it('is no misleading claim when only activating is free and the fee is stated', () => {
    expect(flow({ 12: ['a', '开通是不收费的，再见。'] }).result).toBe('pass');
  });
});

describe('script: "free" of the app, the call, inquiries and callers', () => {
  it.each([
    'APP本身是免费的，',
    '这次电话回访是免费的，',
    '咨询10086是免费的，',
    '亲友打给您不花钱，',
    '来电显示本来就是免费的，',
    '高品质音效是会员免费送的，',
  ])('is no misleading claim: %s', (said) => {
    expect(music({ 14: ['a', `${said}再见。`] }).result).toBe('pass');
  });

  it.each(['过了体验期也免费，', '体验期结束了也免费，', '放心，不收您钱的，'])(
    'fails %s',
    (said) => {
      expect(music({ 14: ['a', `${said}再见。`] }).result).toBe('fail');
    },
  );
});

describe('script: "free" within an allowance the product gives', () => {
  it.each([
    ['a distance', '拖车100公里以内不要钱，再见。'],
    ['the first uses', '每月前3次是免费的，再见。'],
  ])('is no misleading claim: %s', (_kind, said) => {
    expect(flow({ 12: ['a', said] }).result).toBe('pass');
  });

  it('still fails a time span called free on a product without a trial', () => {
    expect(flow({ 12: ['a', '一个月以内不要钱，再见。'] }).result).toBe('fail');
  });
});
