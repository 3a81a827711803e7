import { nextJob } from './next-job.js';
import { jobId } from './job-names.js';

const at = (iso: string) => new Date(iso);
const step = (
  n: 1 | 2,
  status: 'scheduled' | 'calling' | 'done' | 'invalid',
  due: string,
  attempt = 1,
) => ({
  step: n,
  status,
  attempt,
  dueAt: at(due),
});
const gate = { seq: 1, dueAt: at('2026-12-10T00:00:00+08:00') };
const trial = { id: 7, status: 'trial' as const };

describe('nextJob', () => {
  it('is step 1 while both steps wait', () => {
    const next = nextJob(
      trial,
      [
        step(1, 'scheduled', '2026-12-02T09:00:00+08:00'),
        step(2, 'scheduled', '2026-12-07T09:00:00+08:00'),
      ],
      gate,
    );
    expect(next).toMatchObject({ id: 'trial-7-step-1-1', runAt: at('2026-12-02T09:00:00+08:00') });
  });

  it('moves to step 2 once step 1 is calling or done, then to the gate', () => {
    const s2 = step(2, 'scheduled', '2026-12-07T09:00:00+08:00');
    expect(nextJob(trial, [step(1, 'calling', '2026-12-02T09:00:00+08:00'), s2], gate)?.id).toBe(
      'trial-7-step-2-1',
    );
    expect(
      nextJob(
        trial,
        [
          step(1, 'done', '2026-12-02T09:00:00+08:00'),
          step(2, 'done', '2026-12-07T09:00:00+08:00'),
        ],
        gate,
      )?.id,
    ).toBe(jobId.gate({ trialId: 7, seq: 1 }));
  });

  it('is the gate when a rescheduled step would fall after it', () => {
    const late = step(2, 'invalid', '2026-12-10T09:00:00+08:00', 3);
    expect(nextJob(trial, [step(1, 'done', '2026-12-02T09:00:00+08:00'), late], gate)?.id).toBe(
      'trial-7-gate-1',
    );
  });

  it('is nothing for a closed trial', () => {
    const steps = [step(1, 'scheduled', '2026-12-02T09:00:00+08:00')];
    expect(nextJob({ id: 7, status: 'cancelled' }, steps, gate)).toBeNull();
    expect(nextJob({ id: 7, status: 'charged' }, steps, null)).toBeNull();
  });

  it('never yields an id BullMQ would refuse', () => {
    const next = nextJob(trial, [step(1, 'invalid', '2026-12-02T09:00:00+08:00', 12)], null)!;
    expect(next.id).not.toContain(':');
    expect(Number.isInteger(Number(next.id))).toBe(false);
  });
});
