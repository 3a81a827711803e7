import { Injectable } from '@nestjs/common';

export type SampledFinder = (callIds: number[]) => Promise<Set<number>>;

/**
 * Which calls QA drew or reviewed: their recordings are kept on the longer
 * clock. QA registers the finder (it depends on calls, not the other way).
 * With none registered every call counts as sampled, so nothing leaves early.
 */
@Injectable()
export class CallSampling {
  private finder: SampledFinder | null = null;

  register(finder: SampledFinder): void {
    this.finder = finder;
  }

  sampled(callIds: number[]): Promise<Set<number>> {
    return this.finder ? this.finder(callIds) : Promise.resolve(new Set(callIds));
  }
}
