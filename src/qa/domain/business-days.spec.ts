import fc from 'fast-check';
import { addBusinessDays, businessDaysBetween, isBusinessDay } from './business-days.js';

describe('business days (Mon–Fri)', () => {
  it('knows weekends', () => {
    expect(isBusinessDay('2026-11-20')).toBe(true); // Friday
    expect(isBusinessDay('2026-11-21')).toBe(false); // Saturday
    expect(isBusinessDay('2026-11-22')).toBe(false); // Sunday
  });

  it('adds business days across weekends', () => {
    expect(addBusinessDays('2026-11-20', 0)).toBe('2026-11-20');
    expect(addBusinessDays('2026-11-20', 1)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-21', 1)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-16', 10)).toBe('2026-11-30');
    expect(addBusinessDays('2026-12-28', 5)).toBe('2027-01-04');
  });

  it('counts business days after `from` up to and including `to`', () => {
    expect(businessDaysBetween('2026-11-16', '2026-11-30')).toBe(10);
    expect(businessDaysBetween('2026-11-20', '2026-11-22')).toBe(0);
    expect(businessDaysBetween('2026-11-20', '2026-11-23')).toBe(1);
    expect(businessDaysBetween('2026-11-23', '2026-11-20')).toBe(0);
  });

  it('honours a holiday calendar with working weekends (调休)', () => {
    const calendar = {
      holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05']),
      workingWeekends: new Set(['2026-10-10']),
    };
    expect(addBusinessDays('2026-09-30', 1, calendar)).toBe('2026-10-06');
    expect(isBusinessDay('2026-10-10', calendar)).toBe(true);
    expect(businessDaysBetween('2026-09-30', '2026-10-10', calendar)).toBe(5);
  });

  it('rejects bad input', () => {
    expect(() => addBusinessDays('2026-11-20', -1)).toThrow(RangeError);
    expect(() => addBusinessDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => businessDaysBetween('2026-11-20', 'soon')).toThrow(RangeError);
  });

  it('property: businessDaysBetween(d, addBusinessDays(d, n)) = n', () => {
    const start = Date.UTC(2024, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 40 }), (day, n) => {
        const d = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
        expect(businessDaysBetween(d, addBusinessDays(d, n))).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});
