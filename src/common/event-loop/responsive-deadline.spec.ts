import { DeadlineExceeded, withinResponsiveTime } from './responsive-deadline.js';

const after = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

/** Holds the event loop, as CPU contention or a long GC does. */
function holdLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy on purpose
  }
}

describe('withinResponsiveTime', () => {
  it('gives the answer when it comes in time', async () => {
    await expect(withinResponsiveTime(after(5, 'up'), 1_000)).resolves.toBe('up');
  });

  it('passes a failure through unchanged', async () => {
    const failure = new Error('connection refused');
    await expect(withinResponsiveTime(Promise.reject(failure), 1_000)).rejects.toBe(failure);
  });

  it('gives up when no answer comes while the process is listening', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withinResponsiveTime(never, 50)).rejects.toBeInstanceOf(DeadlineExceeded);
  });

  it('does not count a stall of the event loop against the deadline', async () => {
    // The reply is due 60 ms in; the loop is then held for 300 ms, well past the
    // 100 ms deadline. A setTimeout race would report a timeout here.
    const reply = after(60, 'up');
    const checked = withinResponsiveTime(reply, 100);
    holdLoop(300);
    await expect(checked).resolves.toBe('up');
  });
});
