import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { type Clause } from '../../text/clauses.js';
import type { PhraseMatch } from '../../text/lexicon.js';

/**
 * A one-word yes ("可以", "行吧", "好的") is an answer only to the question just
 * asked; it is recognised per clause so "挺好用的" is not read as "好".
 */
const BARE_YES =
  /^(?:[嗯啊哦噢],?)*(?:那|那就|也|就)?(?:(?:可以|行|好|好的|好滴|没问题|冇问题|没毛病|要得|要|OK|成|中|是|对|当然|嗯|同意|确定|妥|得嘞|得啦|开通|开|办|办理|订)[啊吧的呀嘞哈了嘛噻呗啦咯]*)+$/;
/** A clause of nothing but fillers ("嗯", "嗯嗯") agrees to nothing. */
const FILLER_ONLY = /^[嗯啊哦噢呃额]+$/;
/** "可以，你说" grants leave to talk, not consent. */
const GO_ON = /你说|您说|说吧|讲吧|你讲|您讲|请讲|请说|继续说/;

/**
 * `unclear`: a yes whose scope or speaker is in doubt; `reason` says which.
 * `ack`: a bare "好的" said as thanks or goodbye, agreeing to nothing.
 */
export type StanceKind = 'yes' | 'no' | 'hedge' | 'unclear' | 'ack';

export interface StanceEvent {
  kind: StanceKind;
  at: number;
  evidence: Evidence;
  reason?: string;
}

export function clauseOf(clauses: Clause[], m: PhraseMatch): Clause {
  return clauses.find((c) => m.begin >= c.begin && m.begin < c.end) ?? clauses[0];
}

/**
 * An "if" before the yes: 如果/要是…, "不花钱的话给俺整一个" (的话 closing the condition), 只要…就,
 * and a condition on cost put as "不要钱就开" — a yes to a price the agent did not state.
 */
const HYPOTHETICAL =
  /如果|要是|万一|假如|假设|的话|只要|(?:不要钱|不收钱|不花钱|不扣钱|不收费|免费|白送)(?:我|那)?(?:就|才|$)/;
const DEFERRED = /到时候|以后|之后|将来/;
const IF_AFTER = /^[^,。?]{0,6}的话/;

/**
 * A statement, not a question or an "if…" (and, for marketing, not "以后…").
 * Only what precedes the phrase in its clause can make it conditional, so an
 * unpunctuated "同意你给开通吧回头我跟他说" still agrees.
 */
export function isStatement(
  text: string,
  clause: Clause,
  m: PhraseMatch,
  allowDeferred: boolean,
): boolean {
  if (clause.question) return false;
  const before = text.slice(clause.begin, m.begin);
  if (HYPOTHETICAL.test(before) || IF_AFTER.test(text.slice(m.end, clause.end))) return false;
  return allowDeferred || !DEFERRED.test(before);
}

export function bareYes(s: Segment): StanceEvent | null {
  if (GO_ON.test(s.text)) return null;
  for (const clause of s.clauses) {
    if (BARE_YES.test(clause.text) && !FILLER_ONLY.test(clause.text))
      return { kind: 'yes', at: clause.begin, evidence: s.evidence(clause.text) };
  }
  return null;
}

/**
 * Thanks, goodbyes, "那先这样", "知道了": a conversation being closed or a line acknowledged.
 * A bare "好的好的，谢谢啊" said with them winds the call up; it names no activation and no
 * decision, so it is not the explicit agreement the standard asks for.
 */
const CLOSING =
  /谢谢|多谢|谢了|感谢|麻烦(?:你|您)了|辛苦|再见|拜拜|先这样|就这样|知道了|晓得了|明白|唔该|挂了/;

/** A bare yes that only closes the call ("行行，谢谢"); null when the turn is anything else. */
export function closingOnly(s: Segment, bare: StanceEvent | null): StanceEvent | null {
  const closing = bare ? CLOSING.exec(s.text) : null;
  return closing
    ? { ...bare!, kind: 'ack', evidence: s.evidence(s.text.replace(/[。]$/, '')) }
    : null;
}

export function sortEvents<T extends { at: number }>(events: T[]): T[] {
  return events.sort((a, b) => a.at - b.at);
}

/**
 * "请问您同意开通吗好的开吧": a yes glued onto the agent's question with no pause,
 * where the customer's reply should be. Diarisation merged the turns, so whose
 * words they are is unclear.
 */
const MERGED_YES =
  /(?:吗|么|使用)(?:好的|好|行|可以|同意|继续|嗯)[^,。?]{0,12}(?:开|办|可以|行|用|取消|退)|(?:吗|么)\?(?:好的|好|行|可以|嗯)[^。?]{0,8}(?:同意|我要|给我开|帮我开|开通吧|开吧|办吧)|(?:吗|么)\?(?:好的|好|行|对|嗯)?,?(?:继续用|接着用|留着|还用|不用了|不要了|取消吧|退了吧|给我取消|帮我取消)/;

export function mergedAnswer(t: Transcript, asks: (s: Segment) => boolean): Evidence | null {
  for (const s of t.agent) {
    if (!asks(s)) continue;
    const m = MERGED_YES.exec(s.text);
    if (m && t.answerTo(s.index).length === 0)
      return s.evidence(m[0].replace(/^(?:吗|么|使用)\??/, ''));
  }
  return null;
}

export const MERGED_REASON =
  '说话人不清：客户的回答似乎被并入坐席话语（转写说话人标注或切分有误），无法确认是客户本人表态，需人工复核';

/**
 * "同意开通吗？" then, still tagged agent, "可以办。": the agent's question got no
 * customer turn, and the next agent turn is nothing but a customer's answer (a bare yes
 * or the customer's own request, with no 您 and no announcement in it). Diarisation gave
 * the customer's words to the agent, so whose answer it is is unclear.
 */
const SHORT_ANSWER = 16;
const AGENT_WORDING = /您|您的|给你|帮你|为你|提交|登记|已经|稍后|短信|再见|感谢|谢谢/;

export function agentTaggedAnswer(
  t: Transcript,
  asks: (s: Segment) => boolean,
  answers: (s: Segment) => boolean,
): Evidence | null {
  for (const q of t.agent) {
    if (!asks(q) || t.answerTo(q.index).length > 0) continue;
    const next = t.segments[q.index + 1];
    if (!next?.isAgent || AGENT_WORDING.test(next.text)) continue;
    const bare = next.clauses.length > 0 && next.clauses.every((c) => BARE_YES.test(c.text));
    if (next.text.length <= SHORT_ANSWER && (bare || answers(next)))
      return next.evidence(next.text.replace(/[。]$/, ''));
  }
  return null;
}

export const AGENT_TAGGED_ANSWER_REASON =
  '说话人不清：坐席提问后没有客户话语，紧接着一句标为坐席的话却是客户的回答口吻（如“可以办”），可能是说话人标注错误，需人工复核';
