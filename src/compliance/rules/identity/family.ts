import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { isQuestion } from '../../text/clauses.js';
import {
  AUTHORITY_NO,
  AUTHORITY_QUESTION,
  AUTHORITY_YES,
  HOLDER_NO,
  HOLDER_YES,
} from './phrases.js';
import {
  RELATION_WORD,
  guessedRoles,
  rolesFromOwner,
  rolesFromRegistration,
  rolesFromThisNumber,
  selfRoles,
  type Role,
} from './relations.js';
import { startsAffirmative, startsNegative } from './answers.js';
import { fail, type IdentityFinding } from './finding.js';

/*
 * Who the listener is to the account holder, and whether a family member has
 * the authority the standard requires ("能做主的家人").
 */

export const ROLE_NAMES: Record<Role, string> = {
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

export interface RoleEvidence {
  role: Role;
  evidence: Evidence;
}

export function rolesOf(t: Transcript, questions: Segment[]): RoleEvidence[] {
  const roles: RoleEvidence[] = [];
  const answers = new Set(questions.flatMap((q) => t.answerTo(q.index)));
  for (const s of t.customer) {
    if (!s.has(RELATION_WORD)) continue;
    // "是我本人，我儿子的手机也…" is the holder talking about another phone.
    const claims = claimsToBeHolder(s);
    const ownerRoles = claims
      ? []
      : answers.has(s)
        ? rolesFromOwner(s.text)
        : rolesFromThisNumber(s.text);
    const found = [...selfRoles(s.text), ...ownerRoles, ...rolesFromRegistration(s.text)];
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

/**
 * Paying the bill or having set the number up is deciding for it ("我管这个号的话费"):
 * "话费我付", "钱一直是我交", "话费也是我自己交", "她的号是我办的".
 */
const BILL_HOLDER =
  /(?:话费|费用|钱|账)(?:都|一直|也)?(?:是)?我(?:自己)?(?:来|在)?(?:付|交|缴|出)|我(?:在|来)?(?:付|交|缴)(?:的)?(?:话费|费用|月租)|号(?:是|都是)我(?:给[他她])?办的|我给[他她]办的/;

/** A family member's authority: said outright, or "能" to the agent's "您能做主吗?". */
function authority(t: Transcript): { yes: Evidence | null; no: Evidence | null } {
  let yes: Evidence | null = null;
  let no: Evidence | null = null;
  for (const s of t.customer) {
    const pays = BILL_HOLDER.exec(s.text);
    if (pays) yes ??= s.evidence(pays[0]);
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

/** An adult son or daughter runs the line: set it up, pays or manages it. */
const RUNS_THE_LINE =
  /我(?:一直)?(?:自己)?(?:在管|管着|来管|给[他她]办|帮[他她]办|交|付|缴)|都是我(?:在)?(?:管|交|弄|办)/;

export function familyVerdict(family: RoleEvidence, t: Transcript): IdentityFinding {
  const { yes, no } = authority(t);
  const who = ROLE_NAMES[family.role];
  if (no) return fail(`接听人为机主的${who}，但表示不能做主`, [family.evidence, no]);
  if (!yes) return fail(`接听人为机主的${who}，未确认其能够做主`, [family.evidence]);
  if (family.role === 'child' && !t.customer.some((s) => RUNS_THE_LINE.test(s.text))) {
    return {
      ok: false,
      unsure: true,
      reasons: [
        `身份不确定：接听人为机主的${who}，表示能做主，但无法确认其已成年并管理该号码，需人工复核`,
      ],
      evidence: [family.evidence, yes],
    };
  }
  return {
    ok: true,
    reasons: [`接听人为机主的${who}，并表示能够做主`],
    evidence: [family.evidence, yes],
  };
}

/**
 * "是的，这是我老公的手机", "号码是我爸的": whose phone this is. The 是的 / 是我 beside it
 * answers "is this the holder's number?", not "are you the holder?".
 */
const THIS_PHONE_IS_MY =
  /(?:这(?:个)?(?:号码?|手机|电话|卡)?|(?:号码?|手机|电话|卡)都?)(?:是|就是)我(?!的|自己|本人)/;

function claimsToBeHolder(s: Segment): boolean {
  return (
    s.has(HOLDER_YES) &&
    !s.has(HOLDER_NO) &&
    !startsNegative(s.text) &&
    !THIS_PHONE_IS_MY.test(s.text)
  );
}
