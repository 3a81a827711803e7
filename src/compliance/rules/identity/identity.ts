import type { Evidence, RuleVerdict } from '../../types.js';
import type { Transcript } from '../../transcript/prepared.js';
import { isQuestion } from '../../text/clauses.js';
import { verdict } from '../verdict.js';
import type { OfferWords } from './pitch.js';
import { AUTHORITY_QUESTION, IDENTITY_QUESTION } from './phrases.js';
import { checkHolder } from './holder.js';
import { checkPermission } from './permission.js';

/** "请问您是王先生吗?": checking the registered holder's name is an identity check too. */
const NAME_CHECK = /是[\u4e00-\u9fff]{1,3}(?:先生|女士|小姐|老师|师傅)(?:吗|么|\?|本人)/;

/**
 * A customer turn in the agent's voice ("好的，耽误您一分钟，给您介绍…可以吗？"): the tags are
 * swapped, so a confirmation or go-ahead missing from the customer's side may sit in a turn
 * tagged agent. Only missing answers become `unknown`; a no or a refusal still fails.
 */
const AGENT_VOICE = /(?:耽误|占用|打扰)您|(?:给|为|跟|向)您介绍|请问您是/;
const SWAPPED_REASON =
  '说话人不清：标为客户的话语是坐席的口吻（核实身份或征求同意），身份确认或同意听取可能被标在坐席名下，需人工复核';

const SWAPPED_QUESTION_REASON =
  '说话人不清：核实机主身份的提问标在客户名下（转写说话人标注有误），坐席是否核实了身份、谁作了回答需人工复核';

/** "请问您是这个号码的机主本人吗?" tagged customer: the agent's identity check, mislabelled. */
function identityAskedByCustomer(t: Transcript): Evidence | null {
  const s = t.customer.find(
    (c) => c.has(IDENTITY_QUESTION) && AGENT_VOICE.test(c.text) && isQuestion(c.text),
  );
  return s ? s.evidence(s.find(IDENTITY_QUESTION)[0].phrase) : null;
}

function customerInAgentVoice(t: Transcript): Evidence | null {
  const s = t.customer.find((c) => AGENT_VOICE.test(c.text) && isQuestion(c.text));
  return s ? s.evidence() : null;
}

/**
 * Standard 1: the listener is the account holder, or family who decides, the
 * agent checked it on the call, and the listener agreed to hear the pitch.
 */
export function evaluateIdentity(t: Transcript, offer: OfferWords = {}): RuleVerdict {
  const questions = t.agent.filter(
    (s) =>
      (s.has(IDENTITY_QUESTION) || s.has(AUTHORITY_QUESTION) || NAME_CHECK.test(s.text)) &&
      isQuestion(s.text),
  );
  const permission = checkPermission(t, offer);
  if (questions.length === 0) {
    const asked = identityAskedByCustomer(t);
    if (asked && (permission.ok || permission.unanswered || permission.unsure)) {
      return verdict('unknown', [SWAPPED_QUESTION_REASON], [asked, ...permission.evidence]);
    }
    const reasons = ['坐席未核实接听人是否为机主本人'];
    if (!permission.ok) reasons.push(...permission.reasons);
    return verdict('fail', reasons, permission.evidence);
  }
  const holder = checkHolder(t, questions);
  if (holder.unsure && permission.ok) {
    return verdict('unknown', holder.reasons, [...holder.evidence, ...permission.evidence]);
  }
  if (permission.unsure && holder.ok) {
    return verdict('unknown', permission.reasons, [...holder.evidence, ...permission.evidence]);
  }
  const swapped = customerInAgentVoice(t);
  const failing = [holder, permission].filter((f) => !f.ok);
  if (swapped && failing.length > 0 && failing.every((f) => f.unanswered)) {
    return verdict('unknown', [SWAPPED_REASON], [swapped, ...holder.evidence]);
  }
  if (!holder.ok || !permission.ok) {
    const reasons = [
      ...(holder.ok ? [] : holder.reasons),
      ...(permission.ok ? [] : permission.reasons),
    ];
    const evidence = [
      ...(holder.ok ? [] : holder.evidence),
      ...(permission.ok ? [] : permission.evidence),
    ];
    return verdict('fail', reasons, evidence);
  }
  return verdict(
    'pass',
    [...holder.reasons, ...permission.reasons],
    [...holder.evidence, ...permission.evidence],
  );
}
