import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { isQuestion } from '../../text/clauses.js';
import { HOLDER_YES } from './phrases.js';
import type { IdentityFinding } from './finding.js';

/*
 * Two ways the answer to "are you the holder?" is not where the checker first looks:
 * someone else picks up and passes the phone to the holder, or diarisation glued the
 * customer's answer onto the agent's question.
 */

/** "你等下，爸，找你的电话", "我叫他来接": the person who picked up fetches the holder. */
const HANDS_OVER =
  /等(?:一)?下|稍等|我(?:去)?(?:叫|喊|给)(?:他|她)|(?:找|叫)(?:你|您)的电话|(?:你|您)的电话|来接电话|电话给(?:他|她)/;
/**
 * The holder's own words once they have the phone: names 机主 or 本人, or says "it's me"
 * (是我, 我就是, Cantonese 系我), not a bare 是 / 对 that could still be the first speaker.
 */
const SAYS_HOLDER = /机主|本人|我的号|我自己的|是我|我就是|系我/;

/**
 * The holder took the phone: a customer turn after `firstSpeaker` hands over, the agent
 * asks again, and the answer says in so many words that this is the holder.
 */
export function handedToHolder(
  t: Transcript,
  questions: Segment[],
  firstSpeaker: number,
): Evidence | null {
  const from = t.segments[firstSpeaker];
  const next = t.segments[firstSpeaker + 1];
  const handsOver = [from, next].some((s) => s?.isCustomer && HANDS_OVER.test(s.text));
  if (!handsOver) return null;
  for (const q of questions) {
    if (q.index <= firstSpeaker) continue;
    for (const a of t.answerTo(q.index)) {
      const yes = a.find(HOLDER_YES)[0];
      if (yes && SAYS_HOLDER.test(a.text)) return a.evidence(yes.phrase);
    }
  }
  return null;
}

/** "请问您是机主本人吗是的是我": a yes straight after the agent's question, no pause. */
const MERGED_HOLDER_YES =
  /(?:吗|么)\??(?:嗯,?)?(?:是的|是我|对的|对,|对。|是啊|我就是|没错|系我|系啊)/;

export function mergedHolderAnswer(t: Transcript, questions: Segment[]): IdentityFinding | null {
  for (const q of questions) {
    const m = MERGED_HOLDER_YES.exec(q.text);
    // The customer's next turn answers whatever the agent asked after the glued-on yes.
    const asksOn = m !== null && isQuestion(q.text.slice(m.index + m[0].length));
    if (m && (asksOn || t.answerTo(q.index).length === 0)) {
      return {
        ok: false,
        unsure: true,
        reasons: [
          '说话人不清：接听人对身份核实的回答似乎被并入坐席话语（转写说话人标注或切分有误），无法确认是接听人本人确认，需人工复核',
        ],
        evidence: [q.evidence(m[0].replace(/^(?:吗|么)\??/, ''))],
      };
    }
  }
  return null;
}
