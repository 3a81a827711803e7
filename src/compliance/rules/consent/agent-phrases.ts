import { phraseFamily } from '../../text/lexicon.js';

/* The agent's side of the decision: asking for it, and announcing it. */

/** Agent asks for the decision. */
export const ACTIVATION_QUESTION = phraseFamily(
  'agent-consent',
  'question',
  [
    '给您开',
    '帮您开',
    '为您开',
    '开一个',
    '办一个',
    '办理一下',
    '开通一下',
    '您看行吗',

    '同意开通',
    '同意办理',
    '同意吗',
    '开通吗',
    '办理吗',
    '给您开通',
    '帮您开通',
    '为您开通',
    '给您开上',
    '给您办',
    '帮您办',
    '为您办理',
    '要不要开',
    '要不要办',
    '需要开通',
    '需要办理',
    '开一个吗',
    '办一个吗',
    '确认开通',
    '继续使用',
    '继续用',
    '还继续',
    '是否继续',
    '不再继续',
    '取消吗',
    '保留吗',
    // A-not-A, as said aloud and in Cantonese: "开不开？", "办不办", "开唔开".
    '开不开',
    '开唔开',
    '办不办',
    '要不要',
    '开通不',
    // The brisk "开吗？" / "办吗？" of a short call.
    '开吗',
    '办吗',
    '开么',
    '办么',
  ],
  { negatable: false },
);

/**
 * Questions that end in 开吗 but ask about something else ("能打开吗", "分开吗");
 * listed only to shadow the activation question.
 */
export const NOT_ACTIVATION_QUESTION = phraseFamily(
  'agent-consent',
  'not-activation',
  ['打开吗', '打得开吗', '离开吗', '分开吗', '展开吗', '公开吗', '拆开吗', '想开吗', '打开么'],
  { negatable: false },
);

/** Agent announces activation; never consent in itself. */
export const AGENT_ACTIVATES = phraseFamily(
  'agent-consent',
  'activates',
  [
    '给您开通了',
    '给您办理了',
    '给您开了',
    '已经给您',
    '已经为您',
    '给您提交',
    '帮您提交',
    '就给您开',
    '给您办上',
    '那我就给您',
    '先给您',
  ],
  { negatable: false },
);

/**
 * The agent says the sale is not going ahead ("那我先不给您办，您考虑好了再说"): whatever
 * yes came before it, the agent heard it as no decision. Longer than the activation phrases
 * it contains ("不给您开通了"), so it shadows them.
 */
export const AGENT_HOLDS_OFF = phraseFamily(
  'agent-consent',
  'holds-off',
  [
    '先不给您办',
    '先不给您开',
    '先不帮您办',
    '先不帮您开',
    '先不为您',
    '不给您办了',
    '不给您开了',
    '不给您开通了',
    '不给您办理了',
    '那就不办了',
    '那就不开了',
    '先不办理',
    '暂不办理',
    '暂时不给您',
  ],
  { negatable: false },
);
