import type { Segment } from '../../transcript/prepared.js';

/*
 * Whether a yes is about activation at all. Both checks turn a would-be yes into an
 * "unclear" stance, which makes consent `unknown` rather than a guessed pass.
 */

/**
 * What the agent's turn actually asks, read from its last question clause: "那我给您开通，
 * 号码就是您现在这个是吧？" asks about the number, so a bare "对" confirms the number. The
 * question is about the decision when it names it (开, 办, 订 but not 退订, 同意, 试, 体验)
 * or is a bare tag on the proposal before it (好吗, 行不行, 您看呢).
 */
const ABOUT_DECISION = /开|办|(?<!退)订|同意|试|体验|加上|要不要|需要/;
const BARE_TAG =
  /^(?:那|您看|你看|这样|那您看)?(?:好吗|好不好|好吧|可以吗|可不可以|可以不|行吗|行不行|行不|行吧|同意吗|愿意吗|怎么样|如何|没问题吧|呢|吗)?$/;

export function asksSomethingElse(q: Segment): boolean {
  const asked = q.clauses.filter((c) => c.question).at(-1);
  if (!asked) return false;
  return !ABOUT_DECISION.test(asked.text) && !BARE_TAG.test(asked.text);
}

/**
 * A customer turn in the agent's voice ("好的，那我给您开通。", "已经为您办好了"): the
 * customer does not say 您 of their own activation, so diarisation put the agent's
 * words under the customer, and the yes in them is not the customer's.
 */
const AGENT_VOICE =
  /(?:给|帮|为)您(?:开|办|登记|记录|保留|取消|退)|(?:已经|这就|马上)(?:给|为|帮)您|稍后您会收到|感谢您的支持/;

export function inAgentVoice(s: Segment): boolean {
  return AGENT_VOICE.test(s.text);
}

export const OTHER_QUESTION_REASON =
  '回答范围不清：客户的简短肯定回答的是坐席同一句话里关于其他事项的提问，是否同意开通不明确，需人工复核';
export const AGENT_VOICE_REASON =
  '说话人不清：标为客户的表态话语是坐席的口吻（如“给您开通”“给您登记”），可能是说话人标注错误，需人工复核';
