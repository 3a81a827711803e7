import { evaluateCall } from '../../index.js';
import { GOOD_MUSIC, musicCall, withLines } from '../../test-support/builders.js';

/*
 * GOOD_MUSIC: 0 identity question, 1 yes, 2 leave asked, 3 granted, 4 features, … 12 consent.
 * Leave must be asked before the offer itself is presented.
 */
const identity = (changes: Parameters<typeof withLines>[1]) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.identity;

const FEATURES = GOOD_MUSIC[4];

describe('identity: the pitch began before leave was asked', () => {
  it('fails when the features come first and leave is asked after them', () => {
    const v = identity({ 2: FEATURES, 3: ['a', '您现在听我说说方便吗？'], 4: ['c', '方便。'] });
    expect(v.result).toBe('fail');
    expect(v.reasons.join()).toContain('征得对方同意前已开始介绍业务');
  });

  it.each([
    ['a price', '这个会员每个月只要十块钱，耽误您一分钟给您说说可以吗？'],
    ['a trial', '现在办理前三十天免费体验，您有时间听一下吗？'],
    ['what it gives once on', '开通以后歌曲都能免费下载，方便我跟您讲讲吗？'],
  ])('fails %s told in the same turn before the leave question', (_kind, turn) => {
    expect(identity({ 2: ['a', turn] }).result).toBe('fail');
  });

  it('fails the approved features said without a fee word, as a question, before leave', () => {
    const v = identity({
      2: ['a', '咪咕音乐白金会员可以畅听千万首正版无损音乐，还能免流量下载歌曲，您平时听歌吗？'],
      3: ['c', '听啊。'],
      4: ['a', '那耽误您一分钟，跟您细说一下可以吗？'],
      5: ['c', '你说。'],
    });
    expect(v.result).toBe('fail');
  });

  it('fails a pitch after a refusal even when leave is granted later', () => {
    const v = identity({
      3: ['c', '我在忙。'],
      5: ['a', '就一分钟，您现在方便吗？'],
      6: ['c', '行吧。'],
    });
    expect(v.result).toBe('fail');
  });
});

describe('identity: what is not yet the pitch', () => {
  it.each([
    [
      'the product named in the leave question',
      '耽误您一分钟，给您介绍一下咪咕音乐白金会员，方便吗？',
    ],
    ['the purpose of the call', '今天来电是有个老用户的回馈活动，想占用您两分钟，可以吗？'],
    ['a question about the listener', '您平时用手机听歌多吗？耽误您一分钟给您介绍一下，可以吗？'],
  ])('passes %s', (_kind, turn) => {
    expect(identity({ 2: ['a', turn] }).result).toBe('pass');
  });

  it('passes leave checked again mid-pitch and granted', () => {
    const v = identity({ 5: ['a', '您那边还方便吗？'], 6: ['c', '方便，你接着说。'] });
    expect(v.result).toBe('pass');
  });
});
