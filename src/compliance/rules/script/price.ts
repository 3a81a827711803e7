import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { isNegatedAt } from '../../text/negation.js';
import { clauseContaining } from '../../text/clauses.js';
import { findMoney, type MoneyMention } from '../../text/money.js';
import { normalizeText } from '../../text/normalize.js';
import type { ScriptSections } from '../../script-format.js';
import type { CallFacts } from '../facts.js';
import { moneyIn } from '../fact-mentions.js';
import { missing, ok, wrong, type SectionCheck } from './section-check.js';
import { TRIAL_QUALIFIER } from './misleading.js';

const YEARLY = /年/;
const DAYS_PER_MONTH = 30;
const yuan = (cents: number) => `${cents / 100}元`;

/** Words that make an amount a statement of what the product costs. */
const FEE_CONTEXT =
  /资费|自费|月费|收费|费用|价格|扣|每个?月|一个月|月租|包月|每天|一天|每日|一日|多少钱|要钱|花钱|才|只要/;
/** Amounts that are something else: a voucher, a discount, a gift, a saving, a cover limit. */
const NOT_A_FEE =
  /(?<!发)送|减|红包|券|返|抵|(?<![全本外])省(?![内外份])|奖励|优惠了|补贴|话费余额|充值|报销|(?:最多|最高|可以|可|能)(?:给您|给你|帮您|帮你)?报|维修费|赔付|理赔|赔偿|保额|额度|封顶|价值/;
/** How far from an amount a gift or discount word still qualifies it ("送您10元话费", "5元无门槛红包"). */
const GIFT_REACH_BEFORE = 8;
const GIFT_REACH_AFTER = 8;

/**
 * An amount given, taken off or paid back ("送您10元", "减5块") is no fee. Only the words
 * near the amount count: an unpunctuated ASR turn is one long clause whose "发送短信"
 * says nothing about the price in it.
 */
export function isGiftOrDiscount(s: Segment, m: MoneyMention): boolean {
  const clause = clauseContaining(s.clauses, m.begin) ?? { begin: 0, end: s.text.length };
  const from = Math.max(clause.begin, m.begin - GIFT_REACH_BEFORE);
  const to = Math.min(clause.end, m.end + GIFT_REACH_AFTER);
  return NOT_A_FEE.test(s.text.slice(from, to));
}
/**
 * "原价每月50元，现在活动价38元": a list price said to be set aside is no claim of what
 * the product costs; only the words just before the amount, in its clause, make it one.
 */
const LIST_PRICE =
  /(?:原价|原来|本来|平时|市场价|标价|门市价)(?:是|要|都要|得)?(?:每个?月|一个月)?$/;
/** "一天也就一块钱左右": an amount said as roughly so much. */
const ROUGHLY_BEFORE = /(?:大概|大约|约|差不多|不到|将近)(?:是|就)?$/;
const ROUGHLY_AFTER = /^(?:钱)?(?:左右|上下|出头|不到|多)/;
/** How far a rough gloss may sit from the fee and still be a gloss of it, not another price. */
const ROUGH_TOLERANCE = 0.15;

function isListPrice(clause: string, at: number): boolean {
  return LIST_PRICE.test(clause.slice(Math.max(0, at - 8), at));
}

/** "一毛多": at least so much and less than one more of its last unit (毛 or 块). */
const AND_A_BIT = /^(?:钱)?多/;
const JIAO_UNIT = /[毛角毫](?:钱|子)?$/;

/** A rough per-day or monthly gloss near the fee ("算下来一天一块钱左右" of 29.9元, "一天一毛多"). */
function roughGloss(text: string, m: MoneyMention, monthly: number, feeCents: number): boolean {
  const rough =
    ROUGHLY_BEFORE.test(text.slice(Math.max(0, m.begin - 4), m.begin)) ||
    ROUGHLY_AFTER.test(text.slice(m.end));
  if (!rough) return false;
  if (AND_A_BIT.test(text.slice(m.end))) {
    const step = (JIAO_UNIT.test(m.raw) ? 10 : 100) * (m.perDay ? DAYS_PER_MONTH : 1);
    if (feeCents >= monthly && feeCents <= monthly + step) return true;
  }
  return Math.abs(monthly - feeCents) <= feeCents * ROUGH_TOLERANCE;
}

/** The customer's question makes the agent's next amount an answer about the fee. */
const PRICE_ASKED = /多少钱|收费|要钱|贵不贵|怎么收|资费|自费|价格|费用/;

type Reading = 'right' | 'wrong' | 'ignored' | 'unclear' | 'asked';

/** "十九块九是吧", "6块6一个月是吧" — an amount checked back as a question is asked, not stated. */
const TAG_QUESTION =
  /^[，,\s]*(?:一个月|每个?月|一天|每天)?[，,\s]*(?:是吧|对吧|是不是|对不对|是吗|对吗)/;
/** "是不是一个月三十八块钱啊？": the amount is what a question asks about. */
const ASKING_BEFORE = /是不是|是吗|难道|真的是|就是说/;
const QUESTION_END = /^(?:钱)?(?:一个月|每个?月|一天)?(?:啊|呀|吗|么|吧|呢)?\??$/;

export function askedBack(s: Segment, m: MoneyMention): boolean {
  if (TAG_QUESTION.test(s.text.slice(m.begin + m.raw.length))) return true;
  const clause = clauseContaining(s.clauses, m.begin);
  if (!clause?.question) return false;
  const before = s.text.slice(clause.begin, m.begin);
  return ASKING_BEFORE.test(before) || QUESTION_END.test(s.text.slice(m.end, clause.end));
}

// Amounts the approved script itself says outside its price line (features, usage):
// an agent repeating them is describing the product, not quoting a fee.
const scriptAmounts = new WeakMap<ScriptSections, Set<number>>();
function amountsOutsidePrice(sections: ScriptSections): Set<number> {
  let found = scriptAmounts.get(sections);
  if (!found) {
    const text = Object.entries(sections)
      .filter(([name]) => name !== 'price')
      .map(([, words]) => normalizeText(words ?? ''))
      .join('。');
    found = new Set(findMoney(text).map((m) => m.cents));
    scriptAmounts.set(sections, found);
  }
  return found;
}

export function priceAsked(t: Transcript, s: Segment): boolean {
  const before = t.segments[s.index - 1];
  return before !== undefined && before.isCustomer && PRICE_ASKED.test(before.text);
}

function read(
  t: Transcript,
  s: Segment,
  m: MoneyMention,
  facts: CallFacts,
  sections: ScriptSections,
): Reading {
  const clause = clauseContaining(s.clauses, m.begin)?.text ?? s.text;
  const monthly = m.perDay ? m.cents * DAYS_PER_MONTH : m.cents;
  if (m.cents === facts.feeCents || monthly === facts.feeCents) {
    // Often the customer's own words tagged as the agent's: it proves no disclosure.
    return askedBack(s, m) ? 'asked' : 'right';
  }
  if (m.cents === 0 && facts.hasTrial && TRIAL_QUALIFIER.test(clause)) return 'ignored';
  if (m.cents === facts.feeCents * 12 && YEARLY.test(clause)) return 'ignored';
  if (isGiftOrDiscount(s, m) || isListPrice(s.text, m.begin)) return 'ignored';
  if (roughGloss(s.text, m, monthly, facts.feeCents)) return 'ignored';
  const fee = FEE_CONTEXT.test(clause) || priceAsked(t, s);
  if (amountsOutsidePrice(sections).has(m.cents) && !fee) return 'ignored';
  return fee ? 'wrong' : 'unclear';
}

/** How an agent discloses a fee; a customer restating it asks or echoes instead. */
const DISCLOSURE = /资费是|自费是|月费是|收费是|从话费|话费里扣|话费中扣|扣除/;

/**
 * The product's fee said as a disclosure in a turn tagged customer ("资费是每月5.8元，
 * 从话费里扣"): likely the agent's words mis-tagged by diarisation.
 */
export function customerTaggedFee(t: Transcript, facts: CallFacts): Evidence | null {
  for (const s of t.customer) {
    if (!DISCLOSURE.test(s.text)) continue;
    const m = moneyIn(s).find((x) => x.cents === facts.feeCents && !askedBack(s, x));
    if (m && !(clauseContaining(s.clauses, m.begin)?.question ?? false)) return s.evidence(m.raw);
  }
  return null;
}

/**
 * The fee must be said as the product's amount, per month or per day (×30).
 * An amount said as a fee that differs fails it; an amount whose context does
 * not say it is a fee is neither: the check becomes `unknown` for an inspector.
 */
export function checkPrice(
  t: Transcript,
  facts: CallFacts,
  sections: ScriptSections,
): SectionCheck {
  const found: Record<Reading, Evidence[]> = {
    right: [],
    wrong: [],
    ignored: [],
    unclear: [],
    asked: [],
  };
  for (const s of t.agent) {
    for (const m of moneyIn(s)) {
      if (isNegatedAt(s.text, m.begin)) continue; // "不是15元，是20元"
      found[read(t, s, m, facts, sections)].push(s.evidence(m.raw));
    }
  }
  const said = (list: Evidence[]) => list.map((e) => e.phrase).join('、');
  if (found.wrong.length > 0) {
    return wrong(
      `坐席所报资费（${said(found.wrong)}）与核准资费每月${yuan(facts.feeCents)}不符`,
      found.wrong,
    );
  }
  if (found.unclear.length > 0) {
    return {
      status: 'unknown',
      reasons: [
        `价格不确定：坐席提到的金额（${said(found.unclear)}）不在资费语境中，无法判断是否为资费报价，需人工复核`,
      ],
      evidence: [...found.unclear, ...found.right],
    };
  }
  if (found.right.length === 0 && found.asked.length > 0) {
    return {
      status: 'unknown',
      reasons: [
        `说话人不清：资费（${said(found.asked)}）只以反问的口气出现，像是客户在确认，不能算坐席已告知，需人工复核`,
      ],
      evidence: found.asked,
    };
  }
  const misTagged = found.right.length === 0 ? customerTaggedFee(t, facts) : null;
  if (misTagged) {
    return {
      status: 'unknown',
      reasons: [
        `说话人不清：资费（${misTagged.phrase}）只出现在标为客户的话语中，像是坐席的告知，需人工复核`,
      ],
      evidence: [misTagged],
    };
  }
  if (found.right.length === 0) return missing(`坐席未告知资费（每月${yuan(facts.feeCents)}）`);
  return ok(`已告知资费每月${yuan(facts.feeCents)}`, found.right);
}
