import fc from 'fast-check';
import { DEFAULT_TRIAL_CONFIG, openTrial } from '../domain/index.js';
import { trialPlanner } from './trial-planner.js';

describe('trialPlanner', () => {
  it('gives exactly what openTrial gives, for any sale and any now', () => {
    const from = Date.parse('2026-01-01T00:00:00Z');
    const instant = fc.integer({ min: from, max: from + 400 * 86_400_000 });
    fc.assert(
      fc.property(
        fc.array(instant, { minLength: 1, maxLength: 20 }),
        instant,
        fc.integer({ min: 1, max: 40 }),
        (sales, nowMs, trialDays) => {
          const now = new Date(nowMs);
          const plan = trialPlanner(DEFAULT_TRIAL_CONFIG, now);
          for (const ms of sales) {
            const sale = { startedAt: new Date(ms), trialDays };
            const direct = openTrial(
              { saleStartedAt: sale.startedAt, trialDays, now },
              DEFAULT_TRIAL_CONFIG,
            );
            expect(plan(sale)).toEqual(direct);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('shares one computation between sales of the same local day', () => {
    const plan = trialPlanner(DEFAULT_TRIAL_CONFIG, new Date('2026-11-20T12:00:00Z'));
    const morning = plan({ startedAt: new Date('2026-11-20T00:10:00+08:00'), trialDays: 30 });
    const evening = plan({ startedAt: new Date('2026-11-20T23:50:00+08:00'), trialDays: 30 });
    const nextDay = plan({ startedAt: new Date('2026-11-21T00:00:00+08:00'), trialDays: 30 });
    expect(evening).toBe(morning);
    expect(nextDay.state.trialStart).toBe('2026-11-21');
  });
});
