/**
 * The agent's service language (文明用语 / 服务禁语): a quality score beside the
 * four standards. It never changes a call's validity or status.
 */

/** What a finding is about. Each is a lapse the reviewer can confirm or dismiss. */
export const FINDING_KINDS = [
  'greeting',
  'polite_address',
  'closing',
  'taboo',
  'interruption',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One lapse: `segment` indexes the call's transcript, `text` is that segment as said. */
export interface ServiceLanguageFinding {
  kind: FindingKind;
  segment: number;
  text: string;
  /** Chinese, for the reviewer: what is wrong. */
  reason: string;
  /** Taboos: the phrase family (e.g. `taboo.shirking`) and what matched, after normalisation. */
  family?: string;
  phrase?: string;
  /** Interruptions: how long the agent spoke over the customer. */
  overlapMs?: number;
}

/** `score` 0–100, null when the call has no agent speech to judge. */
export interface ServiceLanguage {
  score: number | null;
  findings: ServiceLanguageFinding[];
}

/**
 * Kinds a phrase family can have. `greeting`, `polite_address`, `closing` are
 * phrases the agent should say; `taboo` ones they must not; `backchannel`
 * (嗯, 对, 好的) marks turns that are listening, not talking; `quote_cue`
 * (您是说, 您刚才说) marks the agent repeating someone else's words.
 */
export const FAMILY_KINDS = [
  'greeting',
  'polite_address',
  'closing',
  'taboo',
  'backchannel',
  'quote_cue',
] as const;
export type FamilyKind = (typeof FAMILY_KINDS)[number];

/**
 * A phrase family as data. A pattern may list alternative characters in
 * brackets: `[你您]自己的问题` is 你自己的问题 and 您自己的问题.
 */
export interface PhraseFamilyData {
  id: string;
  kind: FamilyKind;
  /** Chinese label shown with a finding, e.g. 推卸责任. */
  label: string;
  patterns: string[];
  /** A negator just before the phrase defuses it (不 + 是您的错). Default: false. */
  negatable?: boolean;
  /** Longer phrases containing a pattern that do not count (不知道 inside 不知道您). */
  exceptions?: string[];
}

export interface PhraseList {
  families: PhraseFamilyData[];
}
