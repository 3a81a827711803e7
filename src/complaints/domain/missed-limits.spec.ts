import { missedLimits } from './complaint-deadlines.js';

const h = (hours: number) => new Date(Date.UTC(2026, 10, 16) + hours * 3_600_000);
const due = { firstContactDueAt: h(24), resolutionDueAt: h(72) };

describe('missedLimits (closed complaints)', () => {
  it('is empty for a complaint handled within both limits', () => {
    expect(
      missedLimits({ ...due, firstContactedAt: h(1), resolvedAt: h(30), closedAt: h(40) }),
    ).toEqual([]);
  });

  it('names each limit passed before its milestone', () => {
    expect(
      missedLimits({ ...due, firstContactedAt: h(25), resolvedAt: h(73), closedAt: h(80) }),
    ).toEqual(['first_contact', 'resolution']);
  });

  it('uses the close for a milestone never stamped (a not-valid complaint has no handling)', () => {
    expect(
      missedLimits({ ...due, firstContactedAt: h(2), resolvedAt: null, closedAt: h(10) }),
    ).toEqual([]);
    expect(
      missedLimits({ ...due, firstContactedAt: h(2), resolvedAt: null, closedAt: h(90) }),
    ).toEqual(['resolution']);
  });

  it('is met exactly at the limit', () => {
    expect(
      missedLimits({ ...due, firstContactedAt: h(24), resolvedAt: h(72), closedAt: h(72) }),
    ).toEqual([]);
  });
});
