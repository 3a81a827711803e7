import fc from 'fast-check';
import { ENGINE_VERSION, computeTrialEnd, evaluateCall } from './index.js';
import { devCases, toInput } from './test-support/dev-cases.js';
import {
  GOOD_FLOW,
  GOOD_MUSIC,
  MUSIC_C1,
  flowCall,
  musicCall,
  transcript,
  withLines,
} from './test-support/builders.js';

describe('evaluateCall', () => {
  it('marks a clean call valid, with the engine version', () => {
    const c = evaluateCall(musicCall(GOOD_MUSIC));
    expect(c).toMatchObject({ valid: true, status: 'valid', engineVersion: ENGINE_VERSION });
    expect(evaluateCall(flowCall(GOOD_FLOW)).valid).toBe(true);
  });

  it.each([
    ['missing', null],
    ['empty', []],
    [
      'silent',
      transcript([
        ['a', '  '],
        ['c', ''],
      ]),
    ],
  ])('needs review when the transcript is %s', (_what, segments) => {
    const c = evaluateCall(musicCall([], { transcript: segments }));
    expect(c).toMatchObject({ valid: false, status: 'needs_review' });
    for (const rule of Object.values(c.rules)) {
      expect(rule.result).toBe('unknown');
      expect(rule.reasons[0]).toContain('人工复核');
    }
  });

  it('is invalid without a transcript when there is no approved script', () => {
    const c = evaluateCall(musicCall([], { transcript: null, script: null }));
    expect(c).toMatchObject({ status: 'invalid', valid: false });
    expect(c.rules.script.result).toBe('fail');
  });

  it('is invalid when any standard fails, even if another is unknown', () => {
    const agentOnly = GOOD_MUSIC.filter(([who]) => who === 'a');
    const c = evaluateCall(musicCall(agentOnly));
    expect(c.rules.comprehension.result).toBe('unknown');
    expect(c.status).toBe('invalid');
  });

  it('needs review when only an unverifiable trial date stands in the way', () => {
    const c = evaluateCall(
      musicCall(
        [
          ['a', '您好，给您做个回访，请问您是这个号码的机主本人吗？'],
          ['c', '是我。'],
          ['a', '耽误您一分钟可以吗？'],
          ['c', '可以。'],
          [
            'a',
            '您开通了咪咕音乐白金会员，正版无损音乐畅听，下载歌曲免流量，登录咪咕音乐客户端就能用。',
          ],
          [
            'a',
            '免费体验期到4月3日结束，之后每月10元，不想用可以打10086取消。请问您还继续使用吗？',
          ],
          ['c', '继续用吧。'],
        ],
        { purpose: 'confirmation', script: MUSIC_C1, trialEnd: null },
      ),
    );
    expect(c.rules.script.result).toBe('unknown');
    expect(c.status).toBe('needs_review');
  });

  it('rejects malformed dates and time zones instead of guessing', () => {
    expect(() => evaluateCall(musicCall(GOOD_MUSIC, { trialEnd: '2026/04/03' }))).toThrow(
      RangeError,
    );
    expect(() => evaluateCall(musicCall(GOOD_MUSIC, { timeZone: 'Mars/Olympus' }))).toThrow(
      RangeError,
    );
  });

  it('carries evidence that points at real segments', () => {
    const input = musicCall(GOOD_MUSIC);
    const c = evaluateCall(input);
    for (const rule of Object.values(c.rules)) {
      for (const e of rule.evidence) expect(input.transcript![e.segment].text).toBe(e.text);
    }
  });

  it('never reports valid unless all four standards pass, for any transcript', () => {
    const line = fc.tuple(
      fc.constantFrom('a' as const, 'c' as const),
      fc.string({ maxLength: 40 }),
    );
    const lines = fc.array(fc.oneof(line, fc.constantFrom(...GOOD_MUSIC)), { maxLength: 20 });
    fc.assert(
      fc.property(lines, (ls) => {
        const c = evaluateCall(musicCall(ls));
        const allPass = Object.values(c.rules).every((r) => r.result === 'pass');
        expect(c.valid).toBe(allPass);
        expect(c.status === 'valid').toBe(allPass);
      }),
      { numRuns: 300 },
    );
  });

  it('never validates the good call with its consent reply removed or replaced by a filler', () => {
    fc.assert(
      fc.property(fc.constantFrom(null, ['c', '嗯。'] as const, ['c', '哦'] as const), (reply) => {
        expect(evaluateCall(musicCall(withLines(GOOD_MUSIC, { 13: reply }))).valid).toBe(false);
      }),
    );
  });
});

describe('computeTrialEnd', () => {
  it.each([
    ['2026-11-20', 30, '2026-12-19'],
    ['2026-10-20', 30, '2026-11-18'],
    ['2026-12-15', 30, '2027-01-13'],
    ['2028-02-01', 29, '2028-02-29'],
    ['2026-03-05', 1, '2026-03-05'],
  ])('%s + %i days ends %s', (sale, days, end) => {
    expect(computeTrialEnd(sale, days)).toBe(end);
  });

  it('rejects malformed input', () => {
    expect(() => computeTrialEnd('2026/11/20', 30)).toThrow(RangeError);
    expect(() => computeTrialEnd('2026-11-20', 0)).toThrow(RangeError);
  });
});

describe('readable evidence', () => {
  const result = evaluateCall(toInput(devCases[0]));

  it('cites each segment once', () => {
    for (const rule of Object.values(result.rules)) {
      const segments = rule.evidence.map((e) => e.segment);
      expect(new Set(segments).size).toBe(segments.length);
    }
  });

  it('names features as the clauses said, not character bigrams', () => {
    const features = result.rules.script.evidence.find((e) => e.segment === 4);
    expect(features?.phrase).toContain('千万首正版歌曲都能听');
    expect(features?.text).toBe(devCases[0].call.transcript![4].text);
  });
});
