import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { clauseContaining, isQuestion } from '../../text/clauses.js';
import {
  AGENT_ADDRESSES_CHILD,
  COMPANY_PHONE,
  HOLDER_NO,
  HOLDER_USES,
  HOLDER_YES,
  IDENTITY_QUESTION,
  MINOR,
} from './phrases.js';
import { FAMILY_ROLES, statedMinorAge } from './relations.js';
import { startsAffirmative, startsNegative } from './answers.js';
import { ROLE_NAMES, familyVerdict, rolesOf } from './family.js';
import { fail, type IdentityFinding } from './finding.js';
import { handedToHolder, mergedHolderAnswer } from './handover.js';

/** "他还在上学" is about the holder, not the speaker: a third person opens the clause. */
const THIRD_PERSON = /他|她|孩子|儿子|女儿|闺女/;

/**
 * "您家孩子上几年级了？" — "初一。": the answer's unsaid subject is the one the agent asked
 * about. Only when the customer's clause does not say 我.
 */
function answersAboutSomeoneElse(t: Transcript, s: Segment, at: number): boolean {
  const asked = t.questionBefore(s.index);
  const clause = clauseContaining(s.clauses, at);
  return (
    !!asked &&
    isQuestion(asked.text) &&
    THIRD_PERSON.test(asked.text) &&
    !clause?.text.includes('我')
  );
}

function aboutSomeoneElse(t: Transcript, s: Segment, at: number): boolean {
  const clause = clauseContaining(s.clauses, at);
  if (clause !== undefined && THIRD_PERSON.test(s.text.slice(clause.begin, at))) return true;
  return answersAboutSomeoneElse(t, s, at);
}

/** Disqualifiers hold wherever the customer says them, not only in a direct answer. */
function disqualifier(t: Transcript): IdentityFinding | null {
  for (const s of t.customer) {
    const company = s.find(COMPANY_PHONE)[0];
    if (company)
      return fail('接听号码为单位/公司号码，接听人不能代表机主个人接受营销', [
        s.evidence(company.phrase),
      ]);
    const minor = s.find(MINOR).find((m) => !aboutSomeoneElse(t, s, m.begin));
    const age = statedMinorAge(s.text);
    if (minor || age) {
      return fail('接听人为未成年人或在校学生，不具备完全民事行为能力', [
        s.evidence(minor?.phrase ?? age!),
      ]);
    }
  }
  for (const [pattern, reason] of ELSEWHERE) {
    const s = t.customer.find((c) => pattern.test(c.text));
    if (s) return fail(reason, [s.evidence(pattern.exec(s.text)![0])]);
  }
  for (const s of t.agent) {
    const m = s.find(AGENT_ADDRESSES_CHILD).find((c) => addressed(s.text, c.begin, c.end));
    if (m) return fail('坐席已知接听人为未成年人，仍进行营销', [s.evidence(m.phrase)]);
  }
  return null;
}

/**
 * "小朋友，你家大人在吗" speaks to a child; "是给小朋友学习的会员" names who a product
 * is for. Only a word the agent calls the listener by counts: not after 给/让/帮/适合
 * or a possessive, nor before 的 or another noun.
 */
const NAMES_AUDIENCE_BEFORE = /(?:给|让|帮|带|教|适合|专门|家里的|家的|您家|你家)$/;
const ADDRESS_AFTER = /^(?:[,。?]|$|你|您|啊|呀|吧|吗|乖|好|在)/;

function addressed(text: string, begin: number, end: number): boolean {
  if (NAMES_AUDIENCE_BEFORE.test(text.slice(Math.max(0, begin - 4), begin))) return false;
  return ADDRESS_AFTER.test(text.slice(end));
}

/** "你说吧，我是。": a clause that is only "(I) am (the one)". */
const ITS_ME = /^(?:嗯|对|是)?我(?:就)?是(?:的|啊|呀|嘛)?$/;

function saysItIsMe(a: Segment): boolean {
  return a.clauses.some((c) => ITS_ME.test(c.text));
}

/**
 * "你哪里啊?" — "我是移动的客服。" — "哦，是我": a listener who first asks who is calling
 * answers once the agent has said. Only when every reply was a question, and only one hop.
 */
function answersAfterClarifying(t: Transcript, q: Segment): Segment[] {
  const direct = t.answerTo(q.index);
  if (direct.length === 0 || !direct.every((a) => isQuestion(a.text))) return direct;
  const reply = t.segments[direct[direct.length - 1].index + 1];
  if (!reply?.isAgent || isQuestion(reply.text)) return direct;
  return [...direct, ...t.answerTo(reply.index)];
}

/** "我是他对象，我们还没结婚": a partner who is not (yet) a spouse is not family. */
const UNMARRIED = /没结婚|未婚|没领证|还没领证|男女朋友/;
const unmarried = (t: Transcript) => t.customer.some((s) => UNMARRIED.test(s.text));

/** "算是吧", "应该是吧": a yes that is not sure of itself. */
const HEDGED_YES = /算是|应该是吧|大概是|可能是|差不多吧|也算/;

/** "其实这是我表哥的号，我借来用几天": a borrowed phone is not the listener's to decide for. */
const BORROWED =
  /借(?:来|过来)(?:用|的)|借的(?:手机|号|电话|卡)|(?:手机|号码?|电话|卡)(?:是)?借(?:来)?的/;

/** "实名还是他", "登记的是别人的名字": the number is registered to someone else. */
const REGISTERED_ELSEWHERE =
  /(?:实名|名下|登记)(?:还是|是|在|的是)?(?:他|她|别人|人家)|(?:他|她|别人|人家)的名字(?:办|登记|实名)/;

const ELSEWHERE: Array<[RegExp, string]> = [
  [BORROWED, '接听人使用的是借来的手机或号码，不是机主本人'],
  [REGISTERED_ELSEWHERE, '接听人表示号码登记在他人名下，不是机主本人'],
];

/** Answers to the agent's "are you the account holder?" questions. */
function holderAnswers(
  t: Transcript,
  questions: Segment[],
): { yes: Evidence | null; no: Evidence | null; usesOnly: Evidence | null } {
  let yes: Evidence | null = null;
  let no: Evidence | null = null;
  let uses: Evidence | null = null;
  for (const q of questions) {
    for (const a of answersAfterClarifying(t, q)) {
      const n = a.find(HOLDER_NO)[0];
      const y = a.find(HOLDER_YES)[0];
      const u = a.find(HOLDER_USES)[0];
      if (n || startsNegative(a.text)) no ??= a.evidence(n?.phrase ?? a.text.slice(0, 2));
      else if (y || startsAffirmative(a.text) || saysItIsMe(a)) {
        yes ??= a.evidence(y?.phrase ?? a.text.slice(0, 2));
      } else if (u) uses ??= a.evidence(u.phrase);
    }
  }
  return { yes, no, usesOnly: yes ? null : uses };
}

/**
 * "这手机一直是我在用啊": who uses the phone, not whose number it is nor who decides for it.
 * Said alone to "您是机主吗?" it neither confirms nor denies: an inspector decides.
 */
function usesOnlyFinding(uses: Evidence, questionEvidence: Evidence[]): IdentityFinding {
  return {
    ok: false,
    unsure: true,
    reasons: [
      `身份不确定：接听人只说自己在使用该号码（“${uses.phrase}”），未确认是机主本人或能做主的家人，需人工复核`,
    ],
    evidence: [...questionEvidence, uses],
  };
}

export function checkHolder(t: Transcript, questions: Segment[]): IdentityFinding {
  const questionEvidence = questions.map((q) => q.evidence(q.find(IDENTITY_QUESTION)[0]?.phrase));
  const blocked = disqualifier(t);
  if (blocked) return blocked;
  const roles = rolesOf(t, questions).map((r) =>
    r.role === 'spouse' && unmarried(t) ? { ...r, role: 'friend' as const } : r,
  );
  const first = Math.min(...roles.map((r) => r.evidence.segment));
  const holderTookOver = roles.length > 0 ? handedToHolder(t, questions, first) : null;
  if (holderTookOver) {
    const who = ROLE_NAMES[roles[0].role];
    return {
      ok: true,
      reasons: [`先接听的是机主的${who}，电话转交后机主本人确认身份`],
      evidence: [roles[0].evidence, holderTookOver],
    };
  }
  const outsider = roles.find((r) => !FAMILY_ROLES.has(r.role));
  if (outsider) {
    // The words quoted name who answered ("我公公的号": a daughter-in-law), not just the class.
    const said = outsider.evidence.phrase ? `（“${outsider.evidence.phrase}”）` : '';
    return fail(`接听人是机主的${ROLE_NAMES[outsider.role]}${said}，不是机主或能做主的家人`, [
      outsider.evidence,
    ]);
  }
  if (roles.length > 0) return familyVerdict(roles[0], t);
  const { yes, no, usesOnly } = holderAnswers(t, questions);
  if (no) return fail('接听人表示自己不是机主', [...questionEvidence, no]);
  if (usesOnly) return usesOnlyFinding(usesOnly, questionEvidence);
  const hedged = yes ? t.segments[yes.segment].text.match(HEDGED_YES) : null;
  if (yes && hedged) {
    return {
      ok: false,
      unsure: true,
      reasons: [`身份不确定：接听人对是否机主本人回答含糊（“${hedged[0]}”），需人工复核`],
      evidence: [...questionEvidence, t.segments[yes.segment].evidence(hedged[0])],
    };
  }
  if (yes)
    return { ok: true, reasons: ['接听人确认是机主本人'], evidence: [...questionEvidence, yes] };
  const merged = mergedHolderAnswer(t, questions);
  if (merged) return merged;
  return {
    ...fail('坐席询问了身份，但接听人未明确确认是机主本人', questionEvidence),
    unanswered: true,
  };
}
