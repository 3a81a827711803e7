import { Injectable, OnModuleInit } from '@nestjs/common';
import { CallReviews } from '../../calls/call-reviews.js';
import { ReviewQueries } from './review-queries.js';
import { toReviewView } from './review-view.js';

/** Every review of a call, overturned ones included, for the call's own page. */
@Injectable()
export class ReviewsOnCalls implements OnModuleInit {
  constructor(
    private readonly callReviews: CallReviews,
    private readonly queries: ReviewQueries,
  ) {}

  onModuleInit(): void {
    this.callReviews.register(async (callId) =>
      (await this.queries.list({ callId })).map(toReviewView),
    );
  }
}
