import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { PERMISSION_QUESTION } from './permission-phrases.js';
import { moneyIn } from '../fact-mentions.js';
import { clauseContaining, isQuestion } from '../../text/clauses.js';

/*
 * Where the pitch begins: the first agent words that present the offer itself. Leave to talk
 * must be asked before them; naming the product or the call's purpose ("有个老用户的优惠活动")
 * is not yet the pitch.
 */

/**
 * Kinds of words only the offer's content uses: its fee terms, its trial, what it gives
 * every month or day, what happens once it is on, how to drop it, a presentation
 * ("给您介绍的是…"). A bare quantity is not one: product names carry them ("200GB空间包").
 */
const OFFER_CONTENT =
  /资费|月费|包月|体验期|免费(?:体验|试用)|从话费|退订|介绍的是|每(?:个)?(?:月|天|周)(?:都)?(?:可以|能|有|送|给|提供|发|免费|只要|只收)|(?:可以|能|都能)免费|开通(?:后|以后|之后|了以后)|(?:提供|还送|赠送)\d/;

export interface PitchStart {
  /** The agent segment the pitch begins in. */
  segment: number;
  evidence: Evidence;
}

/**
 * A call-back recalls what the customer already has ("您之前开通的会员体验期到…", "给您做个回访"):
 * that turn reminds, it does not offer.
 */
const RECALLS_SALE = /回访|之前|上次|以前|已经|当时/;

/** The offer's content said before `upTo` (a request for leave) in this segment, if any. */
export function offerIn(s: Segment, upTo = s.text.length): Evidence | null {
  if (RECALLS_SALE.test(s.text)) return null;
  const leave = upTo;
  for (const c of s.clauses) {
    if (c.begin >= leave) break;
    if (OFFER_CONTENT.test(c.text)) return s.evidence(c.text);
  }
  const money = moneyIn(s).find((m) => m.begin < leave);
  return money ? s.evidence(money.raw) : null;
}

/**
 * Where a turn asks leave: the clause of its last leave word, when the turn is a question.
 * "给您介绍的是…" says 介绍 without asking anything; "…，方便吗?" asks in its last clause.
 */
function leaveAskedAt(s: Segment): number | undefined {
  if (!isQuestion(s.text)) return undefined;
  const last = s.find(PERMISSION_QUESTION).at(-1);
  return last && clauseContaining(s.clauses, last.begin)?.begin;
}

export function pitchStart(t: Transcript): PitchStart | null {
  for (const s of t.agent) {
    const evidence = offerIn(s, leaveAskedAt(s));
    if (evidence) return { segment: s.index, evidence };
  }
  return null;
}
