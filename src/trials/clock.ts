import { Injectable } from '@nestjs/common';
import { type Instant, toMillis } from './domain/index.js';

/**
 * "Now" for the trial rules: due times, the charge gate, timeouts. Real time in
 * production; tests and the benchmark may pin it to an instant, so a 30-day
 * trial can be walked through without sleeping (BullMQ delays still run on real
 * time: tests promote the job they want to fire). The compiled service lets an
 * admin pin it only when started with TEST_CLOCK=on (test-clock/).
 */
@Injectable()
export class Clock {
  private pinned: number | null = null;

  now(): Date {
    return new Date(this.pinned ?? Date.now());
  }

  /** The pinned instant, or null while the clock runs on real time. */
  pinnedAt(): Date | null {
    return this.pinned === null ? null : new Date(this.pinned);
  }

  /** Pins "now" to an instant; `null` returns to real time. */
  set(instant: Instant | null): void {
    this.pinned = instant === null ? null : toMillis(instant);
  }
}
