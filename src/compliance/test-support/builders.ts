import { evaluateCall } from '../evaluate-call.js';
import { parseScript } from '../script-format.js';
import { STANDARDS, type Standard } from '../standards.js';
import type {
  ApprovedScript,
  CallPurpose,
  EvaluationInput,
  ProductFacts,
  TranscriptSegment,
} from '../types.js';

/** Products as in the carrier's catalogue; scripts in a wording of our own. */
export const MUSIC: ProductFacts = {
  code: 'MUSIC10',
  name: '咪咕音乐白金会员',
  monthlyFeeCents: 1000,
  trialDays: 30,
  cancelMethod: '编辑短信TD发送到10658888，或拨打10086',
};

export const FLOW: ProductFacts = {
  code: 'FLOW20',
  name: '5GB流量加油包',
  monthlyFeeCents: 2000,
  trialDays: null,
  cancelMethod: '拨打10086按提示退订',
};

const MUSIC_SCRIPT = `[greeting] 您好，我是中国移动合作服务中心的客服代表。
[identity] 请问您是这个号码的机主本人吗？
[permission] 耽误您一分钟时间，给您介绍一项音乐会员优惠，可以吗？
[features] 咪咕音乐白金会员可以畅听千万首正版无损音乐，还可以免流量下载歌曲。
[usage] 开通后登录咪咕音乐客户端，用本机号码登录就能使用。
[price] 资费是每月{price}，从话费中扣除。
[trial_end] 现在开通前{trialDays}天免费体验，体验期到{trialEnd}结束，之后按月收费。
[cancel_method] 如果不想用了，可以{cancelMethod}取消。
[consent] 请问您同意开通吗？`;

const MUSIC_CONFIRMATION = `[greeting] 您好，我是中国移动合作服务中心的客服代表，给您做一个业务回访。
[identity] 请问您是这个号码的机主本人吗？
[permission] 耽误您一分钟时间，可以吗？
[features] 您之前开通了咪咕音乐白金会员，可以畅听正版无损音乐、免流量下载歌曲。
[usage] 登录咪咕音乐客户端就能使用。
[price] 体验期结束后资费是每月{price}。
[trial_end] 您的免费体验期到{trialEnd}结束。
[cancel_method] 如果不想继续使用，可以{cancelMethod}取消。
[consent] 请问您体验期结束后还继续使用吗？`;

const FLOW_SCRIPT = `[greeting] 您好，我是中国移动合作服务中心的客服代表。
[identity] 请问您是这个号码的机主本人吗？
[permission] 耽误您一分钟时间，给您介绍一个流量优惠，可以吗？
[features] 5GB流量加油包每月给您增加5GB全国通用流量。
[usage] 开通后当月生效，流量自动叠加到您的套餐里，不用另外设置。
[price] 资费是每月{price}。
[cancel_method] 如果不需要了，可以{cancelMethod}。
[consent] 请问您同意开通吗？`;

export const MUSIC_V3: ApprovedScript = {
  version: 'v3',
  purpose: 'marketing',
  sections: parseScript(MUSIC_SCRIPT, true),
};
export const MUSIC_C1: ApprovedScript = {
  version: 'c1',
  purpose: 'confirmation',
  sections: parseScript(MUSIC_CONFIRMATION, true),
};
export const FLOW_V1: ApprovedScript = {
  version: 'v1',
  purpose: 'marketing',
  sections: parseScript(FLOW_SCRIPT, false),
};

export type Line = readonly [who: 'a' | 'c', text: string];

export function transcript(lines: readonly Line[]): TranscriptSegment[] {
  return lines.map(([who, text], i) => ({
    speaker: who === 'a' ? 'agent' : 'customer',
    startMs: i * 5000,
    endMs: i * 5000 + 4000,
    text,
  }));
}

/** 2026-03-05 local sale; a 30-day trial ends 2026-04-03. */
export const SALE_INSTANT = new Date('2026-03-05T10:00:00+08:00');

export function musicCall(
  lines: readonly Line[],
  overrides: Partial<EvaluationInput> = {},
): EvaluationInput {
  return {
    purpose: 'marketing' as CallPurpose,
    product: MUSIC,
    script: MUSIC_V3,
    startedAt: SALE_INSTANT,
    timeZone: 'Asia/Shanghai',
    transcript: transcript(lines),
    ...overrides,
  };
}

export function flowCall(
  lines: readonly Line[],
  overrides: Partial<EvaluationInput> = {},
): EvaluationInput {
  return musicCall(lines, { product: FLOW, script: FLOW_V1, ...overrides });
}

/** How the confirmation calls in specs open: holder confirmed, leave given. */
export const CONFIRMATION_OPENING: readonly Line[] = [
  ['a', '您好，给您做个业务回访，请问您是这个号码的机主本人吗？'],
  ['c', '是我。'],
  ['a', '耽误您一分钟可以吗？'],
  ['c', '可以。'],
];

/** A MUSIC10 confirmation call (script c1) for the sale on SALE_INSTANT. */
export function musicConfirmation(lines: readonly Line[]): EvaluationInput {
  return musicCall(lines, { purpose: 'confirmation', script: MUSIC_C1, trialEnd: '2026-04-03' });
}

/** A clean MUSIC10 sale, worded unlike the dev set; tests swap single lines to plant one fault. */
export const GOOD_MUSIC: readonly Line[] = [
  ['a', '您好，这里是移动合作服务中心，请问您是本机号码的机主吗？'],
  ['c', '对的，我就是。'],
  ['a', '想占用您两分钟，跟您说一个听歌的优惠，现在方便吗？'],
  ['c', '方便，你讲。'],
  ['a', '咪咕音乐白金会员开通后，上千万首正版无损歌曲随便听，下载歌曲不耗流量。'],
  ['c', '听起来不错。'],
  ['a', '使用方法是下载咪咕音乐APP，用手机号登录就可以了。'],
  ['c', '哦，那价格呢？'],
  ['a', '每个月拾元，话费里扣；前三十天免费试用，试用到4月3号结束，之后按月扣费。'],
  ['c', '四月三号以后一个月十块，明白。'],
  ['a', '如果不想要了，发短信TD到10658888，或者打10086都能退订。'],
  ['c', '好。'],
  ['a', '那给您开通这个会员可以吗？'],
  ['c', '可以，帮我开通吧。'],
  ['a', '好的，稍后短信通知，再见。'],
];

/** A clean FLOW20 sale (no trial). */
export const GOOD_FLOW: readonly Line[] = [
  ['a', '先生您好，移动合作服务中心的，这个号码是您本人在用吗？'],
  ['c', '是啊，我自己用的。'],
  ['a', '打扰您一下，给您介绍个流量的活动，您有空听吗？'],
  ['c', '行，说说看。'],
  ['a', '加油包每个月额外给您5个G的流量，全国通用，不分省内省外。'],
  ['c', '嗯。'],
  ['a', '办了当月就生效，自动叠加到套餐里，您不用另外设置。'],
  ['c', '价钱多少？'],
  ['a', '一个月二十块。'],
  ['c', '哦。'],
  ['a', '哪天不需要了，您拨打10086按提示退订就行。'],
  ['c', '嗯，知道了。'],
  ['a', '那您看同意开通吗？'],
  ['c', '同意，给我办一个。'],
  ['a', '好的，马上为您办理，再见。'],
];

/** Replace line `index` of `base` (or several: pass pairs). */
export function withLines(base: readonly Line[], changes: Record<number, Line | null>): Line[] {
  const out: Line[] = [];
  base.forEach((line, i) => {
    if (!(i in changes)) out.push(line);
    else if (changes[i] !== null) out.push(changes[i]!);
  });
  return out;
}

/** The script verdict of GOOD_MUSIC / GOOD_FLOW with some lines swapped (see withLines). */
export const musicScript = (changes: Record<number, Line | null>) =>
  evaluateCall(musicCall(withLines(GOOD_MUSIC, changes))).rules.script;
export const flowScript = (changes: Record<number, Line | null>) =>
  evaluateCall(flowCall(withLines(GOOD_FLOW, changes))).rules.script;

/** The same value for every standard of the registry: spec fixtures that do not hard-code four. */
export function everyStandard<T>(value: T): Record<Standard, T> {
  return Object.fromEntries(STANDARDS.map((s) => [s, value])) as Record<Standard, T>;
}
