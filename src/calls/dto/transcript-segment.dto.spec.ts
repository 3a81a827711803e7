import { transcriptProblem } from './transcript-segment.dto.js';

const ok = { speaker: 'agent', startMs: 0, endMs: 1200, text: '您好' };

describe('transcriptProblem', () => {
  it('accepts segments of the documented shape, and an empty transcript', () => {
    expect(transcriptProblem([ok, { ...ok, speaker: 'customer', text: '' }])).toBeNull();
    expect(transcriptProblem([])).toBeNull();
  });

  it.each([
    ['not an array', { ...ok }, 'transcript must be an array'],
    ['a segment that is not an object', [ok, 'hello'], 'transcript.1 must be an object'],
    ['an unknown field', [{ ...ok, confidence: 0.9 }], 'transcript.0.confidence should not exist'],
    [
      'an unknown speaker',
      [ok, { ...ok, speaker: 'robot' }],
      'transcript.1.speaker must be one of',
    ],
    ['a negative start', [{ ...ok, startMs: -1 }], 'transcript.0.startMs must be an integer'],
    ['a fractional end', [{ ...ok, endMs: 1.5 }], 'transcript.0.endMs must be an integer'],
    ['a numeric text', [{ ...ok, text: 42 }], 'transcript.0.text must be a string'],
    [
      'an overlong text',
      [{ ...ok, text: '话'.repeat(5_001) }],
      'transcript.0.text must be at most',
    ],
    ['too many segments', Array(2_001).fill(ok), 'at most 2000 segments'],
  ])('names the problem: %s', (_, transcript, message) => {
    expect(transcriptProblem(transcript)).toContain(message);
  });
});
