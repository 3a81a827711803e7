import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { isQuestion } from '../../text/clauses.js';
import {
  AGENT_ADDRESSES_CHILD,
  AUTHORITY_NO,
  AUTHORITY_QUESTION,
  AUTHORITY_YES,
  COMPANY_PHONE,
  HOLDER_NO,
  HOLDER_YES,
  IDENTITY_QUESTION,
  MINOR,
} from './phrases.js';
import {
  FAMILY_ROLES,
  RELATION_WORD,
  guessedRoles,
  rolesFromOwner,
  selfRoles,
  statedMinorAge,
  type Role,
} from './relations.js';
import { startsAffirmative, startsNegative } from './answers.js';

const ROLE_NAMES: Record<Role, string> = {
  spouse: '配偶',
  parent: '父母',
  family: '家人',
  child: '子女',
  relative: '亲戚',
  friend: '朋友',
  colleague: '同事',
  neighbour: '邻居',
  other: '非家庭成员',
};

export interface HolderFinding {
  ok: boolean;
  reasons: string[];
  evidence: Evidence[];
}

function fail(reason: string, evidence: Evidence[]): HolderFinding {
  return { ok: false, reasons: [reason], evidence };
}

/** Disqualifiers hold wherever the customer says them, not only in a direct answer. */
function disqualifier(t: Transcript): HolderFinding | null {
  for (const s of t.customer) {
    const company = s.find(COMPANY_PHONE)[0];
    if (company)
      return fail('接听号码为单位/公司号码，接听人不能代表机主个人接受营销', [
        s.evidence(company.phrase),
      ]);
    const minor = s.find(MINOR)[0];
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

interface RoleEvidence {
  role: Role;
  evidence: Evidence;
}

function rolesOf(t: Transcript, questions: Segment[]): RoleEvidence[] {
  const roles: RoleEvidence[] = [];
  const answers = new Set(questions.flatMap((q) => t.answerTo(q.index)));
  for (const s of t.customer) {
    if (!s.has(RELATION_WORD)) continue;
    const found = answers.has(s)
      ? [...selfRoles(s.text), ...rolesFromOwner(s.text)]
      : selfRoles(s.text);
    for (const r of found) roles.push({ role: r.role, evidence: s.evidence(r.word) });
  }
  for (const q of t.agent) {
    if (!q.has(RELATION_WORD)) continue;
    for (const r of guessedRoles(q.text)) {
      const answer = t.answerTo(q.index);
      const confirmed = answer.find((a) => startsAffirmative(a.text) && !startsNegative(a.text));
      if (confirmed) roles.push({ role: r.role, evidence: confirmed.evidence(r.word) });
    }
  }
  return roles;
}

/** A family member's authority: said outright, or "能" to the agent's "您能做主吗?". */
function authority(t: Transcript): { yes: Evidence | null; no: Evidence | null } {
  let yes: Evidence | null = null;
  let no: Evidence | null = null;
  for (const s of t.customer) {
    const y = s.find(AUTHORITY_YES)[0];
    const n = s.find(AUTHORITY_NO)[0] ?? s.findNegated(AUTHORITY_YES)[0];
    if (y) yes ??= s.evidence(y.phrase);
    if (n) no ??= s.evidence(n.phrase);
  }
  for (const q of t.agent) {
    if (!q.has(AUTHORITY_QUESTION) || !isQuestion(q.text)) continue;
    const answer = t.answerTo(q.index)[0];
    if (answer && /^(?:[嗯啊哦噢],?)*(?:能|可以|行|没问题|当然)/.test(answer.text)) {
      yes ??= answer.evidence(answer.text.slice(0, 3));
    }
  }
  return { yes, no };
}

function familyVerdict(family: RoleEvidence, t: Transcript): HolderFinding {
  const { yes, no } = authority(t);
  const who = ROLE_NAMES[family.role];
  if (no) return fail(`接听人为机主的${who}，但表示不能做主`, [family.evidence, no]);
  if (!yes) return fail(`接听人为机主的${who}，未确认其能够做主`, [family.evidence]);
  return {
    ok: true,
    reasons: [`接听人为机主的${who}，并表示能够做主`],
    evidence: [family.evidence, yes],
  };
}

function claimsToBeHolder(s: Segment): boolean {
  return s.has(HOLDER_YES) && !s.has(HOLDER_NO) && !startsNegative(s.text);
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
      const y = a.find(HOLDER_YES)[0];
      if (n || startsNegative(a.text)) no ??= a.evidence(n?.phrase ?? a.text.slice(0, 2));
      else if (y || startsAffirmative(a.text) || saysItIsMe(a)) {
        yes ??= a.evidence(y?.phrase ?? a.text.slice(0, 2));
      }
    }
  }
  return { yes, no };
}

export function checkHolder(t: Transcript, questions: Segment[]): HolderFinding {
  const questionEvidence = questions.map((q) => q.evidence(q.find(IDENTITY_QUESTION)[0]?.phrase));
  const blocked = disqualifier(t);
  if (blocked) return blocked;
  const roles = rolesOf(t, questions);
  const outsider = roles.find((r) => !FAMILY_ROLES.has(r.role));
  if (outsider) {
    return fail(`接听人是机主的${ROLE_NAMES[outsider.role]}，不是机主或能做主的家人`, [
      outsider.evidence,
    ]);
  }
  if (roles.length > 0) return familyVerdict(roles[0], t);
  const { yes, no } = holderAnswers(t, questions);
  if (no) return fail('接听人表示自己不是机主', [...questionEvidence, no]);
  if (yes)
    return { ok: true, reasons: ['接听人确认是机主本人'], evidence: [...questionEvidence, yes] };
  return fail('坐席询问了身份，但接听人未明确确认是机主本人', questionEvidence);
}
