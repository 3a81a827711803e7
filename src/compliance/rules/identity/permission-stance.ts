import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { isQuestion } from '../../text/clauses.js';
import { PERMISSION_GRANTED, PERMISSION_REFUSED } from './permission-phrases.js';

/* How the customer answers a request for leave to talk: granted, refused, or neither. */

/**
 * One-word go-aheads: "嗯，说。" / "行。" / Cantonese "得啊" / Sichuan "要得" / Henan "中"
 * (a whole clause, so 觉得 is not one).
 */
const SHORT_GRANT =
  /^(?:嗯|好|行|对|是|可以|请|得|系|要得|中|成)*(?:说|讲)?(?:吧|呗|啊|啦|嘅|嘛|噻)?$/;
const isShortGrant = (clause: string) =>
  SHORT_GRANT.test(clause) && /[嗯好行对是以请说讲得系中成]/.test(clause);

/** "等我一下", "稍等": the customer puts the agent on hold before answering. */
const ASKS_TO_WAIT = /等(?:我|一下|一会|下|等)|稍等|稍候/;
/** What an agent says while waiting ("好的，不着急"): short, asking nothing new. */
const MAX_WAITING_REPLY = 16;

/** "再说行不?": a 行 asked back is the customer's question, not a go-ahead. */
const ASKS_BACK = /[不吗么唔]/;

export type Stance = { kind: 'granted' | 'refused'; evidence: Evidence };

/**
 * "我在医院排队呢", "正开着车呢", "带孩子腾不出手": the customer says what they are in the
 * middle of and never says go ahead. Read only when no go-ahead was said; 在家呢 / 在呢 are
 * where they are, not what keeps them busy.
 */
const BUSY_DOING = /(?:正在|正|在)(?![家呢这那])[\u4e00-\u9fff]{2,7}呢|[\u4e00-\u9fff]{1,3}着呢/;

/**
 * "不方便", "不是很方便", "没空": the negator stands right before the go-ahead, or with only
 * degree words between. In "舌头都捋不直你说" (ASR, no pause) the 不 belongs to 捋不直.
 */
const BETWEEN_NEGATOR_AND_GRANT = /^[太很是大怎么会]*$/;
const NEGATOR = /[不没别唔冇]/;

function deniesGrant(text: string, begin: number): boolean {
  for (let i = begin - 1; i >= 0 && i >= begin - 3; i--) {
    if (NEGATOR.test(text[i])) return BETWEEN_NEGATOR_AND_GRANT.test(text.slice(i + 1, begin));
  }
  return false;
}

/** "等我下了车再说", "等我忙完再打": leave put off until something is done. */
const PUT_OFF_UNTIL = /等(?:我|会儿|一会儿?)[^,。?]{1,6}(?:再说|再打|再聊|再讲)/;

/** The stance the customer's reply ends on, so "不方便…算了你说吧" counts as granted. */
export function stanceOf(answer: Segment[]): Stance | null {
  let stance: Stance | null = null;
  for (const s of answer) {
    const hits = s.matches.filter(
      (m) =>
        !m.negated &&
        (m.family === PERMISSION_REFUSED ||
          (m.family === PERMISSION_GRANTED && !ASKS_BACK.test(s.text[m.end] ?? ''))),
    );
    for (const m of hits) {
      const kind = m.family === PERMISSION_REFUSED ? 'refused' : 'granted';
      stance = { kind, evidence: s.evidence(m.phrase) };
    }
    const negatedGrant = s
      .findNegated(PERMISSION_GRANTED)
      .find((m) => deniesGrant(s.text, m.begin));
    if (negatedGrant && !hits.some((h) => h.begin > negatedGrant.begin)) {
      stance = { kind: 'refused', evidence: s.evidence(negatedGrant.phrase) };
    }
    if (!stance && s.clauses.some((c) => isShortGrant(c.text))) {
      stance = { kind: 'granted', evidence: s.evidence() };
    }
    const busy: RegExpExecArray | null = stance
      ? null
      : (BUSY_DOING.exec(s.text) ?? PUT_OFF_UNTIL.exec(s.text));
    if (busy) stance = { kind: 'refused', evidence: s.evidence(busy[0]) };
  }
  return stance;
}

/**
 * The stance the customer takes to a permission question. After "等我一下" and
 * the agent's short "好的，不着急", the customer's next words are the answer.
 */
export function answerStance(t: Transcript, question: Segment): Stance | null {
  const answer = t.answerTo(question.index);
  const stance = stanceOf(answer);
  const last = answer.at(-1);
  if (!last || !answer.some((s) => ASKS_TO_WAIT.test(s.text))) return stance;
  const waiting = t.segments[last.index + 1];
  if (!waiting?.isAgent || waiting.text.length > MAX_WAITING_REPLY || isQuestion(waiting.text))
    return stance;
  // "我在开车，你等一下" … "好了，你说吧": what they say once back is the answer.
  return stanceOf(t.answerTo(waiting.index)) ?? stance;
}
