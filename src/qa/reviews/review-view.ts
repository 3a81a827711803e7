import { agreementOf } from '../calibration/calibration.js';
import { STANDARDS, type Review, rulesOf } from './review.entity.js';

/** A review with the checker's verdict beside it and where the two agree. */
export function toReviewView(r: Review) {
  const checker = {
    identity: r.checkerIdentity,
    comprehension: r.checkerComprehension,
    script: r.checkerScript,
    consent: r.checkerConsent,
  };
  const rules = rulesOf(r);
  return {
    id: r.id,
    itemId: r.itemId,
    callId: r.callId,
    agentCode: r.agentCode,
    tier: r.tier,
    kind: r.kind,
    status: r.overturnedByReviewId === null ? 'current' : 'overturned',
    reviewer: { id: r.reviewerId, name: r.reviewerName, role: r.reviewerRole },
    rules,
    passed: r.passed,
    notes: r.notes,
    comments: r.comments ?? [],
    checker: { status: r.checkerStatus, rules: checker },
    agreement: Object.fromEntries(STANDARDS.map((s) => [s, agreementOf(rules[s], checker[s])])),
    overturnsReviewId: r.overturnsReviewId,
    overturnReason: r.overturnReason,
    overturnedByReviewId: r.overturnedByReviewId,
    createdAt: r.createdAt.toISOString(),
  };
}
