import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
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

function aboutSomeoneElse(s: Segment, at: number): boolean {
  const clause = s.clauses.find((c) => at >= c.begin && at < c.end);
  return clause !== undefined && THIRD_PERSON.test(s.text.slice(clause.begin, at));
}

/** Disqualifiers hold wherever the customer says them, not only in a direct answer. */
function disqualifier(t: Transcript): IdentityFinding | null {
  for (const s of t.customer) {
    const company = s.find(COMPANY_PHONE)[0];
    if (company)
      return fail('接听号码为单位/公司号码，接听人不能代表机主个人接受营销', [
        s.evidence(company.phrase),
      ]);
    const minor = s.find(MINOR).find((m) => !aboutSomeoneElse(s, m.begin));
    const age = statedMinorAge(s.text);
    if (minor || age) {
      return fail('接听人为未成年人或在校学生，不具备完全民事行为能力', [
        s.evidence(minor?.phrase ?? age!),
      ]);
    }
  }
  const childAddressed = t.agent.find((s) => s.has(AGENT_ADDRESSES_CHILD));
  if (childAddressed) {
    const m = childAddressed.find(AGENT_ADDRESSES_CHILD)[0];
    return fail('坐席已知接听人为未成年人，仍进行营销', [childAddressed.evidence(m.phrase)]);
  }
  return null;
}

/** "你说吧，我是。": a clause that is only "(I) am (the one)". */
const ITS_ME = /^(?:嗯|对|是)?我(?:就)?是(?:的|啊|呀|嘛)?$/;

function saysItIsMe(a: Segment): boolean {
  return a.clauses.some((c) => ITS_ME.test(c.text));
}

/** Answers to the agent's "are you the account holder?" questions. */
function holderAnswers(
  t: Transcript,
  questions: Segment[],
): { yes: Evidence | null; no: Evidence | null } {
  let yes: Evidence | null = null;
  let no: Evidence | null = null;
  for (const q of questions) {
    for (const a of t.answerTo(q.index)) {
      const n = a.find(HOLDER_NO)[0];
      const y = a.find(HOLDER_YES, HOLDER_USES)[0];
      if (n || startsNegative(a.text)) no ??= a.evidence(n?.phrase ?? a.text.slice(0, 2));
      else if (y || startsAffirmative(a.text) || saysItIsMe(a)) {
        yes ??= a.evidence(y?.phrase ?? a.text.slice(0, 2));
      }
    }
  }
  return { yes, no };
}

export function checkHolder(t: Transcript, questions: Segment[]): IdentityFinding {
  const questionEvidence = questions.map((q) => q.evidence(q.find(IDENTITY_QUESTION)[0]?.phrase));
  const blocked = disqualifier(t);
  if (blocked) return blocked;
  const roles = rolesOf(t, questions);
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
  const { yes, no } = holderAnswers(t, questions);
  if (no) return fail('接听人表示自己不是机主', [...questionEvidence, no]);
  if (yes)
    return { ok: true, reasons: ['接听人确认是机主本人'], evidence: [...questionEvidence, yes] };
  const merged = mergedHolderAnswer(t, questions);
  if (merged) return merged;
  return {
    ...fail('坐席询问了身份，但接听人未明确确认是机主本人', questionEvidence),
    unanswered: true,
  };
}
