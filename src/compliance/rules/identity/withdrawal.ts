import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { isQuestion } from '../../text/clauses.js';
import { ACTIVATION_QUESTION } from '../consent/phrases.js';
import { PERMISSION_GRANTED, PERMISSION_REFUSED } from './permission-phrases.js';
import { answerStance } from './permission-stance.js';
import { offerIn } from './pitch.js';

/*
 * Leave to talk can be taken back: "好…" and, a moment later, "算了我在忙" / "我现在不方便".
 * After that the agent must ask again and hear a new go-ahead; going on with the pitch
 * without one is marketing without permission.
 */

/**
 * Refusals of the product, not of the conversation: said mid-pitch they answer the offer
 * ("不需要", "没兴趣") or put off the decision ("再说吧"), and the consent standard judges them.
 */
const ABOUT_THE_OFFER = new Set([
  '不需要',
  '不用了',
  '不感兴趣',
  '没兴趣',
  '不可以',
  '不行',
  '说了不要',
  '别推销',
  '别打了',
  '别再打',
  '不要再打',
  '再说吧',
  '再说行不',
  '以后再说',
]);
/** A go-ahead in so many words ("你说吧", "你接着讲"), not the "好" that acknowledges a line. */
const GO_AHEAD = /说|讲/;

/** How one unprompted customer turn ends: taking leave back, giving it again, or neither. */
function unpromptedStance(s: Segment): Evidence | 'regranted' | null {
  let stance: Evidence | 'regranted' | null = null;
  for (const m of s.matches) {
    if (m.negated) continue;
    if (m.family === PERMISSION_REFUSED && !ABOUT_THE_OFFER.has(m.phrase)) {
      stance = s.evidence(m.phrase);
    } else if (m.family === PERMISSION_GRANTED && GO_AHEAD.test(m.phrase)) stance = 'regranted';
  }
  return stance;
}

/** The agent goes on with the offer: its content, or the question that asks for the sale. */
const goesOn = (s: Segment) => s.has(ACTIVATION_QUESTION) || offerIn(s) !== null;

/**
 * The customer's words, after leave was granted at segment `grantedAt`, that took it back
 * and were never followed by a new go-ahead before the agent went on; null if none.
 */
export function withdrawnLeave(
  t: Transcript,
  grantedAt: number,
  leaveQuestions: Segment[],
): Evidence | null {
  let withdrawn: Evidence | null = null;
  for (const s of t.segments.slice(grantedAt + 1)) {
    if (s.isAgent) {
      if (withdrawn && goesOn(s)) return withdrawn;
      continue;
    }
    const q = t.questionBefore(s.index);
    if (q && leaveQuestions.includes(q)) {
      // Asked again mid-pitch ("您还方便吗?"): the answer settles it either way.
      const stance = answerStance(t, q);
      if (stance) withdrawn = stance.kind === 'refused' ? stance.evidence : null;
      continue;
    }
    // Only a turn that asked nothing: "我现在没空" to "您同意开通吗?" answers the offer.
    if (q && isQuestion(q.text)) continue;
    const stance = unpromptedStance(s);
    if (stance) withdrawn = stance === 'regranted' ? null : stance;
  }
  return null;
}
