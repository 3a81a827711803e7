import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, Repository } from 'typeorm';
import { RemedialTask } from './remedial/remedial-task.entity.js';
import { toTaskView, type RemedialTaskView } from './remedial/remedial-task-view.js';
import { Review } from './reviews/review.entity.js';
import { toReviewView, type ReviewView } from './reviews/review-view.js';

/**
 * QA's side of a data subject's rights: the reviews of the subject's calls and
 * the call-backs to the number. Reviews keep their verdicts (QA records, no
 * number in them); what a reviewer wrote may quote the customer, so it goes
 * with the call's transcript.
 */
@Injectable()
export class SubjectQa {
  constructor(
    @InjectRepository(Review) private readonly reviews: Repository<Review>,
    @InjectRepository(RemedialTask) private readonly tasks: Repository<RemedialTask>,
  ) {}

  async reviewsOf(callIds: number[]): Promise<ReviewView[]> {
    if (callIds.length === 0) return [];
    const rows = await this.reviews.find({ where: { callId: In(callIds) }, order: { id: 'ASC' } });
    return rows.map(toReviewView);
  }

  async callBacksOf(phones: string[]): Promise<RemedialTaskView[]> {
    const rows = await this.tasks.find({ where: { phone: In(phones) }, order: { id: 'ASC' } });
    return rows.map((t) => toTaskView(t));
  }

  /** Call ids with at least one review: their recordings are "reviewed" for retention. */
  async reviewed(callIds: number[]): Promise<Set<number>> {
    return new Set((await this.reviewsOf(callIds)).map((r) => r.callId));
  }

  /** Reviewers' notes and comments on calls whose transcript is erased. */
  async eraseNotes(tx: EntityManager, callIds: number[]): Promise<void> {
    if (callIds.length === 0) return;
    await tx.getRepository(Review).update({ callId: In(callIds) }, { notes: null, comments: null });
  }

  /** Call-backs of calls whose number is anonymised: the same keyed hash, the note gone. */
  async anonymiseCallBacks(tx: EntityManager, callIds: number[], hashed: string): Promise<void> {
    if (callIds.length === 0) return;
    await tx
      .getRepository(RemedialTask)
      .update({ callId: In(callIds) }, { phone: hashed, note: null });
  }
}
