import { percent, rate } from './rates.js';

describe('rate', () => {
  it('is null, never NaN or Infinity, when the denominator is zero', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(3, 0)).toBeNull();
  });

  it('rounds to 4 decimals', () => {
    expect(rate(7, 11)).toBe(0.6364);
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(1, 2)).toBe(0.5);
    expect(rate(0, 5)).toBe(0);
    expect(rate(5, 5)).toBe(1);
  });
});

describe('percent', () => {
  it('formats a rate for people and shows a dash for null', () => {
    expect(percent(0.6364)).toBe('63.6%');
    expect(percent(0.5, 0)).toBe('50%');
    expect(percent(null)).toBe('—');
  });
});
