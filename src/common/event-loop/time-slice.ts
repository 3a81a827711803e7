import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long loops on the main thread (a 50,000-row import) run between I/O waits
 * as one chain of promise callbacks, which the event loop cannot interrupt:
 * every request that arrives meanwhile waits for the whole stretch. A loop that
 * calls `pause()` once per item gives the event loop a turn (timers, sockets,
 * finished database queries) whenever it has worked for `budgetMs` since the
 * last turn, so a light request waits at most about one slice. Checking the
 * clock, not counting items, keeps the slice short however costly an item is.
 */
export class TimeSlice {
  private started = performance.now();
  private turns = 0;

  constructor(private readonly budgetMs = 5) {}

  /** Resolves at once while the slice lasts; once it is used up, after a turn of the event loop. */
  async pause(): Promise<void> {
    if (performance.now() - this.started < this.budgetMs) return;
    await nextTurn();
    this.turns += 1;
    this.started = performance.now();
  }

  /** How many turns this slice has given the event loop. */
  get yielded(): number {
    return this.turns;
  }
}
