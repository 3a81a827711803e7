import type { Evidence } from '../../types.js';
import type { Transcript } from '../../transcript/prepared.js';
import { phraseFamily } from '../../text/lexicon.js';
import type { CallFacts } from '../facts.js';
import { termSaid } from '../../text/content-terms.js';

/** What makes "免费" true: it is about the trial, or about cancelling in time. */
export const TRIAL_QUALIFIER =
  /体验|试用|前\d+天|前[一二三四五六七八九十两]+天|头\d+天|头[一二三四五六七八九十两]+天|首月|第一个月|期内|之前|以前|到期前|结束前|截止前|天内|免费期/;
/** Cancelling or unsubscribing is free whether or not there is a trial. */
export const CANCEL_QUALIFIER = /取消|退订|退掉|退了|不想用|不需要|关闭|关掉/;

/**
 * "Free" said of something other than this product's fee: a free tier the
 * customer returns to, incoming calls, the other party, a voucher or gift.
 */
export const OTHER_SUBJECT =
  /另外|额外|包含|包括|接听|接电话|对方|别人|基础|回到|恢复|降回|红包|优惠券|试读|试看|线路|开通费|流量是送|送的流量|赠送的流量/;

function isQualified(context: string, hasTrial: boolean): boolean {
  return (
    CANCEL_QUALIFIER.test(context) ||
    OTHER_SUBJECT.test(context) ||
    (hasTrial && TRIAL_QUALIFIER.test(context))
  );
}

/** Claims that the product costs nothing. */
export const FREE_CLAIM = phraseFamily('agent-claims', 'free', [
  '不收月租',
  '没有月租',
  '零月租',
  '免月租',
  '不用花',
  '不花一分钱',
  '是送的',
  '赠送给您',
  '白给',
  '不收费',
  '不收钱',
  '免费的',
  '是免费',
  '都免费',
  '全免费',
  '免费送',
  '不扣钱',
  '不扣费',
  '不要钱',
  '不花钱',
  '不用钱',
  '不用花钱',
  '不用交钱',
  '不用付钱',
  '不用付费',
  '不要您钱',
  '不会收费',
  '不会扣费',
  '不会扣钱',
  '没有费用',
  '不产生费用',
  '零费用',
  '无需付费',
  '不需要付费',
  '白送',
  '分文不取',
  '一分钱不',
  '一分钱都不',
]);

/** Claims no trial wording can make true. */
export const ALWAYS_FREE_CLAIM = phraseFamily('agent-claims', 'always-free', [
  '永久免费',
  '一直免费',
  '终身免费',
  '永远免费',
  '完全免费',
  '全部免费',
  '一直不收费',
  '永远不收费',
  '永久不收费',
  '以后也不收费',
  '一直都不要钱',
  '一直都免费',
]);

/**
 * Misleading "it's free" statements by the agent about a paid product. The
 * trial qualifier must be in the same clause or the one just before it.
 */
export function findMisleadingClaims(
  t: Transcript,
  facts: CallFacts,
  featureSubjects: readonly string[] = [],
): Evidence[] {
  if (facts.feeCents <= 0) return [];
  const found: Evidence[] = [];
  for (const s of t.agent) {
    const always = s.find(ALWAYS_FREE_CLAIM);
    for (const m of always) found.push(s.evidence(m.phrase));
    const claims = s.find(FREE_CLAIM);
    if (claims.length === 0) continue;
    const clauses = s.clauses;
    for (const m of claims) {
      const at = clauses.findIndex((c) => m.begin >= c.begin && m.begin < c.end);
      const context = clauses
        .slice(Math.max(0, at - 1), at + 1)
        .map((c) => c.text)
        .join(',');
      if (isQualified(context, facts.hasTrial)) continue;
      // "每月两次视频问诊是免费的": free is said of a feature included in the fee.
      const own = clauses[at]?.text ?? '';
      if (featureSubjects.some((subject) => termSaid(subject, own))) continue;
      found.push(s.evidence(m.phrase));
    }
  }
  return found;
}

/**
 * "开通免费" (no activation charge) is true of paid products too; listed only
 * so it shadows "免费"/"不收费" claims. The monthly fee is checked separately.
 */
export const ACTIVATION_IS_FREE = phraseFamily(
  'agent-claims',
  'activation-free',
  ['免费开通', '开通是免费的', '开通免费', '开通不收费', '开通费是免费的', '免开通费'],
  { negatable: false },
);
