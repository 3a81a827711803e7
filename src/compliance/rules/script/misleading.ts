import type { Evidence } from '../../types.js';
import type { Transcript } from '../../transcript/prepared.js';
import { phraseFamily } from '../../text/lexicon.js';
import type { CallFacts } from '../facts.js';
import { termSaid } from '../../text/content-terms.js';
import type { Clause } from '../../text/clauses.js';

/** What makes "免费" true: it is about the trial, or about cancelling in time. */
export const TRIAL_QUALIFIER =
  /体验|试用|前\d+天|前[一二三四五六七八九十两]+天|这\d+天|这[一二三四五六七八九十两]+天|\d+天里|头\d+天|头[一二三四五六七八九十两]+天|首月|第一个月|期内|之前|以前|到期前|结束前|截止前|天内|免费期/;
/** Cancelling or unsubscribing is free whether or not there is a trial. */
export const CANCEL_QUALIFIER = /取消|退订|退掉|退了|不想用|不需要|关闭|关掉/;

/**
 * "Free" said of something other than this product's fee: a free tier the
 * customer returns to, incoming calls, the other party, a voucher or gift.
 */
export const OTHER_SUBJECT =
  /另外|额外|包含|包括|接听|接电话|接收|对方|别人|他人|对他|对她|他们|她们|家里人|亲友|打过来的|打给您|打您电话|打进来|来电的人|本来就|原本就|这次电话|这个电话|本次通话|回访|咨询|客服|10086|APP|客户端|软件|部分功能|那部分|会员免费送|送给会员|会员专享|基础|普通版|普通片|普通歌|免费版|现在用的|目前用的|原来用的|原有的|回到|恢复|降回|红包|优惠券|观影券|试读|试看|线路|开通费|流量是送|送的流量|赠送的流量|里面的|里头的|自带|附带|附赠|下载|安装|不扣流量|免流量|不耗流量/;

/**
 * What is charged, said straight after a "free": "只收月费", "会员才收费", "尊享会员是收费的".
 * The free word then names what costs nothing beside the paid product.
 */
const CHARGED_INSTEAD = /只收|才收费|才要钱|是收费的|要收费的|收费的是|另外收费的是/;

/**
 * "体验期过了也不收费": a time after the trial joined to "also/still", which
 * no trial wording can qualify.
 */
const AFTER_TRIAL_TOO =
  /(?:过了|结束了|到期了|结束后|结束以后|结束之后|到期后|到期以后|之后|以后|后面|(?<!开通)后)(?:体验期|试用期|免费期)?(?:也|还|都|照样|依然|仍然|继续)/;

/**
 * "反正都是免费的，您先用着": "free" next to try-it-first language may mean the
 * trial or the product; a person must read it.
 */
const TRY_FIRST = /先用|先试|试试|用用看|先体验|先开着|暂时/;

/**
 * "100公里以内不要钱", "每月前3次免费": free within a usage allowance the product
 * gives (distance, count, volume), not its fee. Time spans are left out: "一个月以内不要钱"
 * is the trial or a misleading claim, which the other checks decide.
 */
const USAGE_ALLOWANCE =
  /(?:\d+|[一二三四五六七八九十两百千]+)(?:公里|千米|次|分钟|条|张|本|部|节|GB|G|M|兆)(?:以内|之内|内|以下)|前(?:\d+|[一二三四五六七八九十两]+)次/;

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
  '也免费',
  '还免费',
  '照样免费',
  '依然免费',
  '仍然免费',
  '不收您钱',
  '不收您的钱',
  '不要您的钱',
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
  '完全免费',
  '全部免费',
  '一分钱不',
  '一分钱都不',
  '一分钱也不',
  '不要您一分',
  '不收您一分',
  '不扣您一分',
  '送您的',
  '送给您的',
]);

/** Claims no trial wording can make true. */
export const ALWAYS_FREE_CLAIM = phraseFamily('agent-claims', 'always-free', [
  '永久免费',
  '一直免费',
  '终身免费',
  '永远免费',
  '一直不收费',
  '永远不收费',
  '永久不收费',
  '以后也不收费',
  '一直都不要钱',
  '一直都免费',
]);

export interface FreeClaims {
  /** "Free" said of this product's fee: fails the script standard. */
  misleading: Evidence[];
  /** "Free" whose scope (trial or product) the transcript does not settle. */
  unclear: Evidence[];
}

type Scope = 'out-of-scope' | 'misleading' | 'unclear';

function scopeOf(
  clauses: Clause[],
  at: number,
  claimBegin: number,
  hasTrial: boolean,
  subjects: readonly string[],
): Scope {
  const own = clauses[at]?.text ?? '';
  // Only a time said before the claim governs it: not "免费的基础线路以后也能用". The
  // claim's first character is kept: in "过了体验期也免费" the 也 belongs to both.
  const lead = own.slice(0, Math.max(0, claimBegin - (clauses[at]?.begin ?? 0) + 1));
  if (AFTER_TRIAL_TOO.test(lead)) return 'misleading';
  if (USAGE_ALLOWANCE.test(lead)) return 'out-of-scope';
  const near = (from: number, to: number) =>
    clauses
      .slice(Math.max(0, at + from), at + to + 1)
      .map((c) => c.text)
      .join(',');
  if (isQualified(near(-1, 0), hasTrial)) return 'out-of-scope';
  // "收短信不要钱，只收服务的月费": the fee is put right after as what is charged.
  if (CHARGED_INSTEAD.test(near(0, 2).slice(claimBegin - (clauses[at]?.begin ?? 0)))) {
    return 'out-of-scope';
  }
  // "每月两次视频问诊是免费的": free is said of a feature included in the fee.
  if (subjects.some((subject) => termSaid(subject, own))) return 'out-of-scope';
  return hasTrial && TRY_FIRST.test(near(-1, 1)) ? 'unclear' : 'misleading';
}

/**
 * "It's free" statements by the agent about a paid product, sorted by what
 * they are said of. The qualifier must be in the same clause or the one just
 * before it.
 */
export function findFreeClaims(
  t: Transcript,
  facts: CallFacts,
  featureSubjects: readonly string[] = [],
): FreeClaims {
  const found: FreeClaims = { misleading: [], unclear: [] };
  if (facts.feeCents <= 0) return found;
  for (const s of t.agent) {
    for (const m of s.find(ALWAYS_FREE_CLAIM)) found.misleading.push(s.evidence(m.phrase));
    const claims = s.find(FREE_CLAIM);
    if (claims.length === 0) continue;
    const clauses = s.clauses;
    for (const m of claims) {
      const at = clauses.findIndex((c) => m.begin >= c.begin && m.begin < c.end);
      const scope = scopeOf(clauses, at, m.begin, facts.hasTrial, featureSubjects);
      if (scope !== 'out-of-scope') found[scope].push(s.evidence(m.phrase));
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
  [
    '免费开通',
    '开通是免费的',
    '开通免费',
    '开通不收费',
    '开通是不收费的',
    '开通不要钱',
    '开通是不要钱的',
    '开通费是免费的',
    '免开通费',
  ],
  { negatable: false },
);
