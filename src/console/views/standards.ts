/** The four valid-marketing standards, in the API's order (keys 1–4 on the review page). */
export const STANDARDS = ['identity', 'comprehension', 'script', 'consent'] as const;
export type Standard = (typeof STANDARDS)[number];

/** Same wording as the weekly report, so inspectors and the carrier read the same words. */
export const STANDARD_NAMES: Record<Standard, string> = {
  identity: '身份核实',
  comprehension: '清醒理解',
  script: '脚本告知',
  consent: '明确同意',
};

export const STANDARD_HELP: Record<Standard, string> = {
  identity: '机主或能做主的家人，核实了身份，并同意听介绍',
  comprehension: '神智清醒，能听懂营销内容',
  script: '按核准脚本告知资费、体验期截止日、取消方式、使用方法和功能',
  consent: '用户用明确的话同意开通（“嗯”“随便”不算）',
};
