import type { Penalty } from './penalty.entity.js';

export function toPenaltyView(p: Penalty) {
  return {
    id: p.id,
    agentCode: p.agentCode,
    callId: p.callId,
    reviewId: p.reviewId,
    reason: p.reason,
    createdAt: p.createdAt.toISOString(),
    rescindedAt: p.rescindedAt ? p.rescindedAt.toISOString() : null,
    rescindedReason: p.rescindedReason,
  };
}
