import type { Evidence, RuleVerdict } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import type { PhraseFamily, PhraseMatch } from '../../text/lexicon.js';
import { clauseContaining } from '../../text/clauses.js';
import type { CallFacts } from '../facts.js';
import { restatedTerm } from '../fact-mentions.js';
import { verdict } from '../verdict.js';
import { ASLEEP, CANNOT_HEAR, CONFUSED, DRUNK, SOBER, UNDERSTOOD } from './phrases.js';

interface Marker {
  segment: Segment;
  match: PhraseMatch;
}

const LABEL = new Map<PhraseFamily, string>([
  [DRUNK, '醉酒'],
  [ASLEEP, '未睡醒'],
  [CONFUSED, '表示听不懂/不明白'],
  [CANNOT_HEAR, '表示听不清'],
]);

const FILLER_ONLY = /^[喂嗯啊哦噢呃额唉哎好,。?]*$/;
/** A bare "啊？啥？" / "什么？": the customer asks what was said, again. */
const STILL_LOST =
  /^(?:[喂嗯啊哦噢呃额唉哎,。?]|啥|什么|咋)*(?:啥|什么|咋)(?:[喂嗯啊哦噢呃额唉哎,。?]|啥|什么|咋)*$/;

/**
 * "她自己弄不明白", "我老伴喝多了在屋里睡觉", "阿姨睡着了": the state is someone else's (the
 * holder, a spouse, the person cared for), not the listener's: a third person opens the clause.
 */
const THIRD_PERSON =
  /[他她]|老人|我妈|我爸|老太太|老爷子|老伴|老公|老婆|爱人|媳妇|孩子|儿子|女儿|闺女|阿姨|叔叔|爷爷|奶奶|外公|外婆|老头|老板|东家/;
/** "我跟老公刚喝了酒": the listener shares the state. */
const WITH_THEM = /我(?:跟|和|陪|同)/;

function aboutSomeoneElse(s: Segment, m: PhraseMatch): boolean {
  const clause = clauseContaining(s.clauses, m.begin);
  if (clause === undefined) return false;
  const before = s.text.slice(clause.begin, m.begin);
  return THIRD_PERSON.test(before) && !WITH_THEM.test(before);
}

/** "我当时没听明白，现在不要了": a call-back customer recalls the sale, not this call. */
// Not 之前/刚才: "你之前说的我没听明白" is about this call.
const RECALLED = /当时|上次|那时候|那会儿|开通的时候|办的时候/;

function aboutThePast(s: Segment, m: PhraseMatch): boolean {
  const clause = clauseContaining(s.clauses, m.begin);
  return clause !== undefined && RECALLED.test(s.text.slice(clause.begin, m.begin));
}

/** "128kbps是啥意思?": the meaning of one named word, asked as "<word>(是)啥意思". */
const MEANING_OF = /^(.*?)(?:是|就是)?(?:啥|什么)意思/;
const POINTER = /^(?:[嗯啊哦噢那]|你说的|你讲的|这个|那个|就是)+/;

/**
 * A question about one word the agent has used ("128kbps是啥意思?", "体验期是什么意思?")
 * shows the customer is following and asks for a detail; the agent's next turn answers it. Not
 * "啥意思?" or "你说的是啥意思": those ask about everything said.
 */
function asksAboutAWord(t: Transcript, s: Segment, m: PhraseMatch): boolean {
  if (m.family !== CONFUSED || !/意思$/.test(m.phrase)) return false;
  const clause = clauseContaining(s.clauses, m.begin);
  const word = MEANING_OF.exec(clause?.text ?? '')?.[1].replace(POINTER, '') ?? '';
  if (word.length < 2 || /[你您这那它啥]/.test(word)) return false;
  const said = t.agent.some((a) => a.index < s.index && a.text.includes(word));
  return said && t.segments[s.index + 1]?.isAgent === true;
}

function markersOf(t: Transcript, family: PhraseFamily): Marker[] {
  return t.customer.flatMap((segment) =>
    segment
      .find(family)
      .filter(
        (match) =>
          !aboutSomeoneElse(segment, match) &&
          !aboutThePast(segment, match) &&
          !asksAboutAWord(t, segment, match),
      )
      .map((match) => ({ segment, match })),
  );
}

/** A later customer turn, after the agent spoke again, that satisfies `test`. */
function laterReply(
  t: Transcript,
  m: Marker,
  test: (s: Segment) => string | null,
): Evidence | null {
  for (const s of t.customer) {
    if (s.index <= m.segment.index || !t.hasAgentBetween(m.segment.index, s.index)) continue;
    const phrase = test(s);
    if (phrase) return s.evidence(phrase);
  }
  return null;
}

/** Shared keywords that make a later agent turn a repeat of what the customer missed. */
const REPEAT_OVERLAP = 3;

/** Whether the agent said again, between the marker and `until`, what they said just before it. */
function agentRepeated(t: Transcript, m: Marker, until: number): boolean {
  const missed = t.questionBefore(m.segment.index);
  if (!missed) return false;
  return t.agent.some((s) => {
    if (s.index <= m.segment.index || s.index >= until) return false;
    let shared = 0;
    for (const k of s.keywords) if (missed.keywords.has(k)) shared++;
    return shared >= REPEAT_OVERLAP;
  });
}

/** "10块?" alone: one fragment caught and echoed, not the terms restated. */
const ECHO_LEFTOVER = /^[喂嗯啊哦噢呃额唉哎,。?]*$/;

/**
 * Words that add nothing to a caught term: backchannel, "是吧/行/知道了", the fee's own
 * frame ("一个月", "块"), a pointer ("那个"). What is left of a clause after them says more.
 */
const SAYS_NOTHING =
  /哦|噢|嗯|啊|呃|额|唉|哎|那|就|好|行|对|是|吧|呀|啦|嘛|了|的|呢|吗|可以|知道|明白|听清|清楚|没问题|开通|开|一个月|每个?月|个月|块钱|块|元|钱|这样|那个|这个/g;
const HAN = /\p{Script=Han}/gu;

/** "哦，12块是吧，行" catches one fragment; "宠物问诊那个，一个月12块" says what it is too. */
function saysMoreThan(text: string, term: string): boolean {
  return text
    .replace(term, '')
    .split(/[,。?]/)
    .some((c) => (c.replace(SAYS_NOTHING, '').match(HAN)?.length ?? 0) >= 2);
}

function restatedInFull(s: Segment, facts: CallFacts): string | null {
  const term = restatedTerm(s, facts);
  return term && saysMoreThan(s.text, term) ? term : null;
}

function restatement(t: Transcript, m: Marker, facts: CallFacts): Evidence | null {
  // "没太明白，就是每月10块对吧?" already shows the fee was understood.
  // "声音断断续续的……五块?" is one fragment echoed, though: the rest of the turn must say more.
  const sameTurn = restatedTerm(m.segment, facts, m.match.end);
  const rest = m.segment.text.slice(m.match.end);
  if (sameTurn && !ECHO_LEFTOVER.test(rest.replace(sameTurn, '').replace(/^[^,。?]*[,。]/, '')))
    return m.segment.evidence(sameTurn);
  return laterReply(t, m, (s) => restatedInFull(s, facts));
}

type Resolution = { kind: 'resolved' | 'unsure' | 'fragment'; evidence: Evidence } | null;

/** "哦，12块是吧，行": after the repeat the customer echoes one term and says nothing more. */
function fragmentOnly(t: Transcript, m: Marker, facts: CallFacts): Evidence | null {
  return laterReply(t, m, (s) => {
    const term = restatedTerm(s, facts);
    return term && !saysMoreThan(s.text, term) && !s.has(UNDERSTOOD) ? term : null;
  });
}

function resolution(t: Transcript, m: Marker, facts: CallFacts): Resolution {
  const restated = (e: Evidence | null): Resolution => e && { kind: 'resolved', evidence: e };
  switch (m.match.family) {
    case CONFUSED:
      return restated(restatement(t, m, facts));
    case ASLEEP: {
      // "刚下夜班，不过没事，你说": the customer sets the tiredness aside in the same breath.
      const awake =
        m.segment.find(SOBER).some((w) => w.begin >= m.match.end) ||
        laterReply(t, m, (s) => s.find(SOBER)[0]?.phrase ?? null);
      return restated(awake && restatement(t, m, facts));
    }
    case CANNOT_HEAR: {
      // A bad line is resolved when the customer restates a term of the offer. Saying
      // "听清了" or answering what the agent repeated shows they heard something,
      // not that they understood what it is and costs: an inspector decides.
      const fix = restatement(t, m, facts);
      if (fix) return restated(fix);
      const fragment = fragmentOnly(t, m, facts);
      if (fragment) return { kind: 'fragment', evidence: fragment };
      // "啊？啥？" to the repeat: still lost, so only a later "听清了" can make it unsure.
      const lost = laterReply(t, m, (s) => (STILL_LOST.test(s.text) ? s.text : null));
      const heard = laterReply(
        t,
        m,
        (s) =>
          s.find(UNDERSTOOD)[0]?.phrase ??
          (lost ||
          FILLER_ONLY.test(s.text) ||
          s.has(CANNOT_HEAR, CONFUSED) ||
          !agentRepeated(t, m, s.index)
            ? null
            : s.text),
      );
      return heard && { kind: 'unsure', evidence: heard };
    }
    default:
      return null; // drink does not wear off during a call
  }
}

/**
 * Standard 2: the listener was lucid. Signs of drink or sleep, or not
 * understanding, fail it unless the agent re-explained and the customer then
 * showed they followed (restating a term); drink is never resolved in-call.
 */
export function evaluateComprehension(t: Transcript, facts: CallFacts): RuleVerdict {
  if (t.customer.length === 0) {
    return verdict('unknown', ['转写中没有客户的话语，无法判断对方是否清醒、能否理解']);
  }
  const failures: string[] = [];
  const failEvidence: Evidence[] = [];
  const resolved: Evidence[] = [];
  const unsure: string[] = [];
  const unsureEvidence: Evidence[] = [];
  for (const family of [DRUNK, ASLEEP, CONFUSED, CANNOT_HEAR]) {
    for (const m of markersOf(t, family)) {
      const fix = resolution(t, m, facts);
      const label = LABEL.get(family)!;
      if (fix?.kind === 'resolved') {
        resolved.push(m.segment.evidence(m.match.phrase), fix.evidence);
      } else if (fix?.kind === 'fragment') {
        failures.push(
          `客户${label}（“${m.match.phrase}”），坐席重新说明后客户只复述了一个片段（“${fix.evidence.phrase}”），未复述业务是什么、多少钱，未得到澄清`,
        );
        failEvidence.push(m.segment.evidence(m.match.phrase), fix.evidence);
      } else if (fix) {
        unsure.push(
          `理解不确定：客户曾${label}（“${m.match.phrase}”），之后只表示听到了，未复述业务内容或资费，需人工复核`,
        );
        unsureEvidence.push(m.segment.evidence(m.match.phrase), fix.evidence);
      } else {
        failures.push(`客户${label}（“${m.match.phrase}”），且未得到澄清`);
        failEvidence.push(m.segment.evidence(m.match.phrase));
      }
    }
  }
  if (failures.length > 0) return verdict('fail', [...new Set(failures)], failEvidence);
  if (unsure.length > 0) return verdict('unknown', [...new Set(unsure)], unsureEvidence);
  if (resolved.length > 0) {
    return verdict('pass', ['客户曾表示没听清/不明白，坐席重新说明后客户复述了业务要点'], resolved);
  }
  return verdict('pass', ['未发现醉酒、未睡醒或无法理解营销内容的迹象']);
}
