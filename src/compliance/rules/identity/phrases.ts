import { phraseFamily } from '../../text/lexicon.js';

/** Agent asks who is on the line. */
export const IDENTITY_QUESTION = phraseFamily(
  'agent-identity',
  'question',
  [
    '号的主人',
    '是您的号码',
    '是您的手机',
    '您本人吗',
    '您在用',
    '您本人在用',
    '实名登记',
    '机主',
    '本人',
    '户主',
    '号码的主人',
    '手机的主人',
    '持有人',
    '登记人',
    '实名',
    '您的号码吗',
    '您自己的号',
    '您自己在用',
    '您在使用',
  ],
  { negatable: false },
);

/** Agent asks whether a family member can decide for the account holder. */
export const AUTHORITY_QUESTION = phraseFamily(
  'agent-identity',
  'authority-question',
  ['做主', '做得了主', '做决定', '说了算', '拿主意', '能决定', '家人', '家属'],
  { negatable: false },
);

/**
 * "你问我是不是机主？是的": the customer echoes the question before answering it.
 * Listed so the echo shadows "不是机主" (same group, longer match); the answer
 * that follows is judged on its own.
 */
export const ECHO_QUESTION = phraseFamily(
  'identity',
  'echo-question',
  [
    '是不是机主',
    '是不是本人',
    '是不是我本人',
    '是不是我的',
    '是不是这个号',
    '是唔是机主',
    '系唔系机主',
  ],
  { negatable: false },
);

/** Customer says the line is theirs. */
export const HOLDER_YES = phraseFamily('identity', 'holder-yes', [
  // Northern rhetorical "可不是我" (of course it's me): shadows 不是我.
  '可不是我',
  '可不就是我',
  '可不是嘛',
  '那可不',
  '我的卡',
  '是我',
  '是的',
  '就是我',
  '我就是',
  '我本人',
  '是本人',
  '本人就是',
  '我是机主',
  '机主是我',
  '机主就是我',
  '我的号',
  '我的手机',
  '我的电话',
  '我自己的',
  '没错',
  '对的',
  '对啊',
  '对呀',
  '是啊',
  '是呀',
  '是滴',
  '嗯是',
  '正是',
  '系我',
  '系啊',
  '系呀',
  '系嘅',
  '系喇',
  '系本人',
  '我系机主',
  '我就系',
  '就系我',
  '系机主',
  // Registered in the speaker's own name: "卡是用我的身份证办的", "号是我本人办的".
  '我的身份证',
  '我身份证办',
  '我的名字办',
  '我本人办的',
  '我自己办的',
]);

/**
 * Customer says they use the line. Weaker than HOLDER_YES: "号我在用" does not
 * outweigh "这是我闺女的号" in the same breath.
 */
export const HOLDER_USES = phraseFamily('identity', 'holder-uses', [
  '本人在用',
  '是我在用',
  '我自己在用',
  '我自己用',
  '我在用',
]);

/** Customer says the line is not theirs; explicit negatives shadow HOLDER_YES. */
export const HOLDER_NO = phraseFamily(
  'identity',
  'holder-no',
  [
    '不是我',
    '我不是',
    '不是的',
    '不是本人',
    '不是机主',
    '不是我的',
    '机主不在',
    '他不在',
    '她不在',
    '帮他接',
    '帮她接',
    '替他接',
    '替她接',
    '帮忙接',
    '代接',
    '借的手机',
    '借我的',
    '借用',
  ],
  { negatable: false },
);

/** The number belongs to an organisation, not a person who can decide. */
export const COMPANY_PHONE = phraseFamily('identity', 'company', [
  '单位统一',
  '公司统一',
  '集团网',
  '公司给配',
  '单位给配',
  '公司给的',
  '单位给的',
  '工作手机',
  '公司手机',
  '单位手机',
  '办公手机',
  '公司的座机',
  '单位座机',
  '公司的号',
  // Registered to the company: "号码是挂在我们公司名下的".
  '公司名下',
  '单位名下',
  '挂在公司',
  '挂在单位',
  '公司实名',
  '单位实名',
  '公司的手机',
  '公司的电话',
  '公司的卡',
  '公司号码',
  '单位的号',
  '单位的手机',
  '单位的电话',
  '单位的卡',
  '公司配的',
  '单位配的',
  '公司发的',
  '单位发的',
  '是公司的',
  '是单位的',
  '办公用的',
  '工作号',
  '集团号',
  '集团的号',
  '公家的',
  // "这个号是我们公司的": the organisation named as the owner.
  '我们公司的',
  '我们单位的',
  '公司的号码',
  '单位的号码',
]);

/** The speaker is a minor or still at school. */
export const MINOR = phraseFamily('identity', 'minor', [
  '读小学',
  '读初',
  '上初',
  '初一',
  '初二',
  '初三',
  '高一',
  '高二',
  '高三',
  '念小学',
  '念初中',
  '还在读书',
  '上学',
  '上小学',
  '上初中',
  '上高中',
  '年级',
  '小学生',
  '初中生',
  '中学生',
  '未成年',
  '放学',
  '写作业',
  '我还小',
]);

/** Agent shows they know a child is on the line. */
export const AGENT_ADDRESSES_CHILD = phraseFamily(
  'agent-identity',
  'child',
  ['小朋友', '小同学', '小孩子', '小妹妹', '小弟弟'],
  { negatable: false },
);

/** Customer claims authority over the household's phone matters. */
export const AUTHORITY_YES = phraseFamily('identity', 'authority-yes', [
  '做主',
  '能做主',
  '我做主',
  '做得了主',
  '说了算',
  '我在管',
  '我来管',
  '我管',
  '归我管',
  '都是我管',
  '我决定',
  '我能决定',
  '我来定',
  '听我的',
  '我负责',
  '我能定',
  '我拿主意',
  '我来决定',
  '我定',
  '我当家',
  '当家作主',
  // Cantonese: 话事 (decide), 我话咗算 (what I say goes).
  '话事',
  '我话咗算',
  '我话了算',
]);

/** Customer disclaims authority or defers to the holder. */
export const AUTHORITY_NO = phraseFamily(
  'identity',
  'authority-no',
  [
    '做不了主',
    '不能做主',
    '做不了他的主',
    '说了不算',
    '我不管',
    '不归我管',
    '决定不了',
    '定不了',
    '当不了家',
    '得问他',
    '得问她',
    '要问他',
    '要问她',
    '问问他',
    '问问她',
    '等他回来',
    '等她回来',
    '他自己定',
    '她自己定',
    '他做主',
    '她做主',
    '他说了算',
    '她说了算',
    '管不了',
    '管不着',
  ],
  { negatable: false },
);
