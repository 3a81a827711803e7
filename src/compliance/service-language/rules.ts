import { live, type Turn } from './turns.js';
import type { ServiceLanguageFinding } from './types.js';

/**
 * The language rules over the agent's turns (the customer is never judged).
 * Each returns the findings it makes; no finding means the rule is met.
 */

/** The greeting may come after a "喂？" that checks the line: the first two turns count. */
export const GREETING_TURNS = 2;
/** The closing may be followed by a last "好的" or an answer: the last two turns count. */
export const CLOSING_TURNS = 2;
/** A turn this long (characters, no punctuation) addresses the customer; shorter ones are replies. */
export const SUBSTANTIVE_CHARS = 6;
/** At least this share of the agent's substantive turns says 您 or 请 (您字不离口, 请字当头). */
export const POLITE_SHARE = 0.4;
/** Fewer substantive turns than this are too little speech to judge address. */
export const POLITE_MIN_TURNS = 2;

const finding = (
  kind: ServiceLanguageFinding['kind'],
  turn: Turn,
  reason: string,
): ServiceLanguageFinding => ({ kind, segment: turn.index, text: turn.raw, reason });

export function greetingFindings(turns: Turn[]): ServiceLanguageFinding[] {
  const opening = turns.slice(0, GREETING_TURNS);
  if (opening.some((t) => live(t, 'greeting').length > 0)) return [];
  return [finding('greeting', turns[0], '开场没有问候语（如“您好”）')];
}

export function closingFindings(turns: Turn[]): ServiceLanguageFinding[] {
  const ending = turns.slice(-CLOSING_TURNS);
  if (ending.some((t) => live(t, 'closing').length > 0)) return [];
  return [
    finding('closing', turns[turns.length - 1], '结束时没有致谢或道别（如“感谢您的接听，再见”）'),
  ];
}

/**
 * 您/请 in too few of the agent's substantive turns. Counting turns, not
 * characters, keeps one "您您您" from covering a call, and the share (rather
 * than "every turn") tolerates ASR writing 你 for a 您 now and then.
 */
export function politeFindings(turns: Turn[]): ServiceLanguageFinding[] {
  const substantive = turns.filter((t) => !t.backchannel && t.length >= SUBSTANTIVE_CHARS);
  if (substantive.length < POLITE_MIN_TURNS) return [];
  const bare = substantive.filter((t) => live(t, 'polite_address').length === 0);
  const share = 1 - bare.length / substantive.length;
  if (share >= POLITE_SHARE) return [];
  const percent = Math.round(share * 100);
  return [
    finding(
      'polite_address',
      bare[0],
      `礼貌用语不足：${substantive.length} 句中只有 ${percent}% 用了“您”或“请”`,
    ),
  ];
}

/** Every taboo said (one finding per family per turn), each with its segment as evidence. */
export function tabooFindings(turns: Turn[]): ServiceLanguageFinding[] {
  const findings: ServiceLanguageFinding[] = [];
  for (const turn of turns) {
    const seen = new Set<string>();
    for (const hit of live(turn, 'taboo')) {
      if (seen.has(hit.family.id)) continue;
      seen.add(hit.family.id);
      findings.push({
        ...finding('taboo', turn, `服务禁语（${hit.family.label}）：“${hit.phrase}”`),
        family: hit.family.id,
        phrase: hit.phrase,
      });
    }
  }
  return findings;
}
