import {
  isDrawn,
  isFlagged,
  isValidRecording,
  toPopulation,
  type CallForSampling,
} from './population.js';

const call = (over: Partial<CallForSampling> = {}): CallForSampling => ({
  id: 1,
  agentCode: 'A001',
  outcome: 'sale',
  purpose: 'marketing',
  recordingFile: 'recordings/2026-11-20/C-1.wav',
  complianceStatus: 'valid',
  ...over,
});

describe('sampling population (有效录音)', () => {
  it('is sales of marketing or confirmation calls with a recording', () => {
    expect(isValidRecording(call())).toBe(true);
    expect(isValidRecording(call({ purpose: 'confirmation' }))).toBe(true);
    expect(isValidRecording(call({ purpose: 'remedial' }))).toBe(false);
    expect(isValidRecording(call({ outcome: 'refused' }))).toBe(false);
    expect(isValidRecording(call({ recordingFile: null }))).toBe(false);
    expect(isValidRecording(call({ recordingFile: '' }))).toBe(false);
  });

  it('also draws a flagged sale without a recording: it cannot prove consent', () => {
    expect(isDrawn(call({ recordingFile: null, complianceStatus: 'invalid' }))).toBe(true);
    expect(isDrawn(call({ recordingFile: null, complianceStatus: 'needs_review' }))).toBe(true);
    expect(isDrawn(call({ recordingFile: null }))).toBe(false);
    expect(
      isDrawn(call({ recordingFile: null, outcome: 'busy', complianceStatus: 'invalid' })),
    ).toBe(false);
  });

  it('flags what the checker marked invalid or needs_review', () => {
    expect(isFlagged(call({ complianceStatus: 'invalid' }))).toBe(true);
    expect(isFlagged(call({ complianceStatus: 'needs_review' }))).toBe(true);
    expect(isFlagged(call())).toBe(false);
  });

  it('maps calls to draw input, dropping the rest', () => {
    const calls = [
      call({ id: 1 }),
      call({ id: 2, agentCode: 'A002', complianceStatus: 'invalid' }),
      call({ id: 3, outcome: 'busy' }),
    ];
    expect(
      toPopulation(calls, {
        underRecheck: (c) => c.agentCode === 'A002',
        alreadyReviewed: (c) => c.id === 1,
      }),
    ).toEqual([
      { callId: 1, agentCode: 'A001', flagged: false, recheck: false, alreadyReviewed: true },
      { callId: 2, agentCode: 'A002', flagged: true, recheck: true, alreadyReviewed: false },
    ]);
  });
});
