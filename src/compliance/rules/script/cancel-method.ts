import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { keywordSet } from '../../text/keywords.js';
import type { CallFacts, CancelRoute } from '../facts.js';
import { tokensIn } from '../fact-mentions.js';
import {
  CHECKED_BACK,
  missing,
  ok,
  speakerUnclear,
  wrong,
  type SectionCheck,
} from './section-check.js';

// Cantonese 唔要 / 唔想用 / 唔使 (不要, 不想用, 不用) too.
const CANCEL_CONTEXT =
  /取消|退订|退掉|退了|退|关闭|关掉|停掉|不想用|不需要|不要了|不用了|不想要|唔要|唔想|唔使|唔用/;
/** Codes sent by SMS ("发送TD", "发QX15", "发个QX") and long numbers said where cancelling is explained. */
const SMS_CODE = /(?:发送?|编辑|回复|短信)(?:个|一个|条|一条|上)?([A-Z][A-Z0-9]{0,7})(?![A-Z0-9])/g;
const LONG_NUMBER = /\d{5,}/g;
/** How near a cancel word must be for a number the script uses elsewhere to be the cancel route. */
const CANCEL_WORD_REACH = 8;
const ROUTE_WORDING_OVERLAP = 0.6;

function aboutCancelling(t: Transcript, s: Segment): boolean {
  if (CANCEL_CONTEXT.test(s.text)) return true;
  const before = t.segments[s.index - 1];
  return before !== undefined && before.isCustomer && CANCEL_CONTEXT.test(before.text);
}

function conveysRoute(s: Segment, route: CancelRoute): boolean {
  if (route.tokens.length > 0) {
    const said = tokensIn(s);
    return route.tokens.every((token) => said.has(token));
  }
  // A route with no code or number ("到营业厅办理"): compare the wording.
  const expected = keywordSet(route.wording);
  const said = keywordSet(s.text);
  const hits = [...expected].filter((k) => said.has(k)).length;
  return expected.size > 0 && hits / expected.size >= ROUTE_WORDING_OVERLAP;
}

function wrongTokens(s: Segment, facts: CallFacts): string[] {
  const codes = [...s.text.matchAll(SMS_CODE)].map((m) => ({
    token: m[1],
    at: m.index + m[0].length - m[1].length,
  }));
  const numbers = [...s.text.matchAll(LONG_NUMBER)].map((m) => ({ token: m[0], at: m.index }));
  return [...codes, ...numbers]
    .filter(({ token }) => !facts.cancelTokens.has(token))
    .filter(({ token, at }) => !servesSomethingElse(s.text, token, at, facts))
    .map(({ token }) => token);
}

/**
 * A hotline or usage code the approved script itself gives ("点歌打125889") is not a
 * wrong cancel number, unless it is said as the way to cancel (a cancel word beside it).
 */
function servesSomethingElse(text: string, token: string, at: number, facts: CallFacts): boolean {
  if (!facts.scriptTokens.has(token)) return false;
  // Within the token's sentence, and only near it: ASR text often has no full stops.
  const from = Math.max(at - CANCEL_WORD_REACH, lastStopBefore(text, at) + 1);
  const end = at + token.length;
  const to = Math.min(end + CANCEL_WORD_REACH, nextStopAfter(text, end));
  return !CANCEL_CONTEXT.test(text.slice(from, to));
}

const STOPS = ['。', '?', '!'];
const lastStopBefore = (text: string, at: number) =>
  Math.max(...STOPS.map((c) => text.lastIndexOf(c, at - 1)));
function nextStopAfter(text: string, at: number): number {
  const found = STOPS.map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : text.length;
}

/** A whole route told, as a statement, in a turn tagged customer. */
function customerTaggedRoute(t: Transcript, facts: CallFacts): Evidence | null {
  for (const s of t.customer) {
    if (!CANCEL_CONTEXT.test(s.text) || s.text.includes('?')) continue;
    const route = facts.cancelRoutes.find((r) => r.tokens.length > 0 && conveysRoute(s, r));
    if (route) return s.evidence(route.tokens.join('、'));
  }
  return null;
}

function isPrefixOfToken(said: string, fullySaid: ReadonlySet<string>): boolean {
  return [...fullySaid].some((token) => token !== said && token.startsWith(said));
}

/** How to cancel: every code and number of at least one route, said while explaining cancelling. */
export function checkCancelMethod(t: Transcript, facts: CallFacts): SectionCheck {
  const right: Evidence[] = [];
  const wrongSaid: Evidence[] = [];
  const fullySaid = new Set<string>();
  const askedBack: Evidence[] = [];
  for (const s of t.agent) {
    if (!aboutCancelling(t, s)) continue;
    for (const token of wrongTokens(s, facts)) wrongSaid.push(s.evidence(token));
    const route = facts.cancelRoutes.find((r) => conveysRoute(s, r));
    if (!route) continue;
    const phrase = route.tokens.length > 0 ? route.tokens.join('、') : route.wording;
    if (CHECKED_BACK.test(s.text)) {
      askedBack.push(s.evidence(phrase));
      continue;
    }
    route.tokens.forEach((token) => fullySaid.add(token));
    right.push(s.evidence(phrase));
  }
  const expected = facts.cancelRoutes.map((r) => r.wording).join(' 或 ');
  // Once said in full, a shortened repeat ("记得发TQ") is not a second, wrong code.
  const wrongOnes = wrongSaid.filter((e) => !isPrefixOfToken(e.phrase ?? '', fullySaid));
  if (wrongOnes.length > 0) {
    const said = wrongOnes.map((e) => e.phrase).join('、');
    return wrong(
      `坐席所说取消方式中的代码/号码（${said}）与核准的取消方式（${expected}）不符`,
      wrongOnes,
    );
  }
  if (right.length === 0 && askedBack.length > 0) {
    return speakerUnclear('取消方式', '以反问的口气出现在坐席话语中，像是客户在确认', askedBack);
  }
  const told = right.length === 0 ? customerTaggedRoute(t, facts) : null;
  if (told) return speakerUnclear('取消方式', '出现在标为客户的话语中，像是坐席的告知', [told]);
  if (right.length === 0) return missing(`坐席未告知取消方式（${expected}）`);
  return ok('已告知取消方式', right);
}
