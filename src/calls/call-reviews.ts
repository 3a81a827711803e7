import { Injectable } from '@nestjs/common';

/**
 * A review as QA lists it on a call: QA owns its shape (ReviewView, the schema
 * CallDetailView names). Calls passes it through unread, so it knows no more of it.
 */
export interface ListedReview {
  id: number;
  callId: number;
}

export type ReviewsFinder = (callId: number) => Promise<ListedReview[]>;

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

  of(callId: number): Promise<ListedReview[]> {
    return this.finder ? this.finder(callId) : Promise.resolve([]);
  }
}
