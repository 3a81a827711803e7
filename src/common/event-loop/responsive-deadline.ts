/**
 * A deadline that counts only the time this process was able to hear an answer.
 *
 * A plain `setTimeout` race misreads a busy process as a slow peer: when the
 * event loop was held (CPU contention, a long GC, a burst of work), the timer
 * and the reply become due in the same turn, timers run first, and a database
 * that answered in 5 ms is reported down. Here the clock advances in small
 * ticks, and a tick that arrives late is credited at most two steps, so a stall
 * of the loop does not use up the deadline.
 */
export class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

export function withinResponsiveTime<T>(work: Promise<T>, ms: number): Promise<T> {
  const step = Math.max(1, Math.min(100, ms / 20));
  return new Promise<T>((resolve, reject) => {
    let credited = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      credited += Math.min(now - last, 2 * step);
      last = now;
      if (credited >= ms) {
        clearInterval(timer);
        reject(new DeadlineExceeded(ms));
      }
    }, step);
    work.then(
      (value) => {
        clearInterval(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearInterval(timer);
        reject(err as Error);
      },
    );
  });
}
