import type { TranscriptSegment } from '../types.js';
import { analyzeServiceLanguage } from './analyze.js';
import { DEFAULT_PHRASE_LIST } from './default-phrases.js';

const a = (startMs: number, endMs: number, text: string): TranscriptSegment => ({
  speaker: 'agent',
  startMs,
  endMs,
  text,
});
const c = (startMs: number, endMs: number, text: string): TranscriptSegment => ({
  ...a(startMs, endMs, text),
  speaker: 'customer',
});
const OPEN = a(0, 3000, '您好，请问您是机主本人吗？');
const CLOSE = a(60_000, 62_000, '感谢您的接听，再见。');
const interruptions = (...middle: TranscriptSegment[]) =>
  analyzeServiceLanguage([OPEN, ...middle, CLOSE], DEFAULT_PHRASE_LIST)
    .findings.filter((f) => f.kind === 'interruption')
    .map((f) => [f.segment, f.overlapMs]);

describe('service language: interruption (from the timings)', () => {
  it('finds the agent starting while the customer is still talking', () => {
    const found = interruptions(
      c(4000, 12_000, '我上个月就被扣了二十块钱，我根本没开通过这个东西，你们怎么回事'),
      a(7000, 10_000, '您先听我说，这个是有记录的。'),
    );
    expect(found).toEqual([[2, 3000]]);
  });

  it('measures the overlap up to the end of the customer’s turn', () => {
    const found = interruptions(
      c(4000, 9000, '我想问一下这个业务到底是怎么收费的'),
      a(8000, 15_000, '资费是每个月十元，从话费里扣。'),
    );
    expect(found).toEqual([[2, 1000]]);
  });

  it('tolerates a small overlap at the turn change', () => {
    expect(
      interruptions(
        c(4000, 9000, '那怎么取消呢，要打电话吗'),
        a(8600, 14_000, '您拨打10086就可以。'),
      ),
    ).toEqual([]);
  });

  it('ignores the agent’s backchannels while the customer talks', () => {
    expect(
      interruptions(
        c(4000, 12_000, '我跟你说，我家里老人用这个手机，他不会弄这些'),
        a(6000, 6800, '嗯嗯，对。'),
        a(8000, 8600, '好的。'),
      ),
    ).toEqual([]);
  });

  it('ignores the customer’s backchannels while the agent talks', () => {
    expect(
      interruptions(
        a(4000, 12_000, '这个会员每个月十元，前三十天免费，不想用了发短信就能取消。'),
        c(9000, 13_000, '嗯，好。'),
        a(12_500, 16_000, '请问您同意开通吗？'),
      ),
    ).toEqual([]);
  });

  it('does not blame the agent when the customer starts over the agent', () => {
    expect(
      interruptions(
        a(4000, 12_000, '这个会员每个月十元，前三十天免费，不想用了发短信就能取消。'),
        c(8000, 14_000, '等一下等一下，你说多少钱一个月？'),
      ),
    ).toEqual([]);
  });

  it('does not judge transcripts without timings', () => {
    const untimed = [
      a(0, 0, '您好，请问您是机主吗？'),
      c(0, 0, '是我，你有什么事情吗，我现在很忙'),
      a(0, 0, '给您介绍一个优惠。'),
      a(0, 0, '感谢您，再见。'),
    ];
    const result = analyzeServiceLanguage(untimed, DEFAULT_PHRASE_LIST);
    expect(result.findings.filter((f) => f.kind === 'interruption')).toEqual([]);
  });

  it('finds each interruption once, in a call where segments arrive out of order', () => {
    const found = interruptions(
      a(20_000, 24_000, '您别急，我还没说完。'),
      c(4000, 10_000, '我不要，你们天天打电话烦死了'),
      c(18_000, 26_000, '我再说一遍我不要，别再给我打了'),
      a(6000, 9000, '您先听我说。'),
    );
    expect(found).toEqual([
      [1, 4000],
      [4, 3000],
    ]);
  });
});
