import type { Segment } from '../../transcript/prepared.js';
import { clauseContaining } from '../../text/clauses.js';

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
 * A bare yes that goes straight on to ask the agent for something else: "好好好，你先把
 * 介绍发我短信上", "行，那你把我套餐换成便宜点的": the 好 leads into the request, and
 * whether it also agreed to this product is not said. A request that names the
 * activation itself ("行，你给我开了吧") is the yes spelled out.
 */
const ASKS_AGENT = /(?:你|您)(?:先|就|再)?(?:把|给我|帮我|跟我)|(?:先|帮我|给我)把|(?:你|您)先/;
const NAMES_ACTIVATION = /开|办|(?<!退)订|登记|加上|弄上|装上|试试|体验/;

export function requestsSomethingElse(s: Segment, yesAt: number): string | null {
  const rest = s.text.slice(yesAt);
  const m = ASKS_AGENT.exec(rest);
  if (!m) return null;
  const said = clauseContaining(s.clauses, yesAt + m.index)?.text ?? rest.slice(m.index);
  return NAMES_ACTIVATION.test(said) ? null : said;
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
export const requestReason = (said: string) =>
  `回答范围不清：客户说“好”之后接着提出别的请求（“${said}”），是否同意开通本业务不明确，需人工复核`;
export const AGENT_VOICE_REASON =
  '说话人不清：标为客户的表态话语是坐席的口吻（如“给您开通”“给您登记”），可能是说话人标注错误，需人工复核';
