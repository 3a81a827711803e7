import { isFlagged, SAMPLING_POPULATION } from './population.js';

describe('sampling population (有效录音)', () => {
  it('samples sales of marketing and confirmation calls, never remedial ones', () => {
    expect(SAMPLING_POPULATION.outcome).toBe('sale');
    expect(SAMPLING_POPULATION.purposes).toEqual(['marketing', 'confirmation']);
  });

  it('flags what the checker marked invalid or needs_review', () => {
    expect(isFlagged('invalid')).toBe(true);
    expect(isFlagged('needs_review')).toBe(true);
    expect(isFlagged('valid')).toBe(false);
    expect(isFlagged(null)).toBe(false);
  });
});
