import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { PERMISSION_QUESTION } from './permission-phrases.js';
import { moneyIn } from '../fact-mentions.js';
import { clauseContaining, isQuestion } from '../../text/clauses.js';
import { keywordSet } from '../../text/keywords.js';
import { normalizeText } from '../../text/normalize.js';
import type { ScriptSections } from '../../script-format.js';

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

/**
 * The approved script's features said before leave was asked: "学霸同步课堂有小学到高中的同步
 * 视频课，您家孩子上几年级了？" presents the offer even without a fee word. The product's name
 * does not count (a request for leave names it), and it takes several of the section's words.
 */
const FEATURE_OVERLAP = 6;
const featureKeywords = new WeakMap<ScriptSections, Set<string>>();

export interface OfferWords {
  script?: ScriptSections | null;
  productName?: string;
}

function featuresOf({ script, productName }: OfferWords): Set<string> | null {
  if (!script?.features) return null;
  let k = featureKeywords.get(script);
  if (!k) {
    k = keywordSet(normalizeText(script.features));
    for (const n of keywordSet(normalizeText(productName ?? ''))) k.delete(n);
    featureKeywords.set(script, k);
  }
  return k;
}

function featuresIn(s: Segment, features: Set<string> | null, upTo: number | undefined) {
  if (!features || RECALLS_SALE.test(s.text)) return null;
  const said = upTo === undefined ? s.keywords : keywordSet(s.text.slice(0, upTo));
  let shared = 0;
  for (const k of said) {
    if (features.has(k) && ++shared >= FEATURE_OVERLAP) return s.evidence(s.clauses[0]?.text);
  }
  return null;
}

export function pitchStart(t: Transcript, offer: OfferWords = {}): PitchStart | null {
  const features = featuresOf(offer);
  for (const s of t.agent) {
    const leave = leaveAskedAt(s);
    const evidence = offerIn(s, leave) ?? featuresIn(s, features, leave);
    if (evidence) return { segment: s.index, evidence };
  }
  return null;
}
