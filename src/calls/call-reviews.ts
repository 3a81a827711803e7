import { Injectable } from '@nestjs/common';
import type { ReviewView } from '../qa/reviews/review-view.js';

export type ReviewsFinder = (callId: number) => Promise<ReviewView[]>;

/**
 * Lets GET /api/calls/{id} list a call's human reviews (and overturns) beside
 * the automatic verdict without the calls module depending on QA, which
 * registers the finder (QA already depends on calls).
 */
@Injectable()
export class CallReviews {
  private finder: ReviewsFinder | null = null;

  register(finder: ReviewsFinder): void {
    this.finder = finder;
  }

  of(callId: number): Promise<ReviewView[]> {
    return this.finder ? this.finder(callId) : Promise.resolve([]);
  }
}
