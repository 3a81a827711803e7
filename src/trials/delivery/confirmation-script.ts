import { startOfLocalDate } from '../domain/index.js';

export interface ScriptFacts {
  monthlyFeeCents: number;
  trialDays: number;
  cancelMethod: string;
  /** YYYY-MM-DD, the last free day. */
  trialEnd: string;
}

/** 1000 → "10元", 1050 → "10.5元": the fee as an agent says it. */
export function feeText(cents: number): string {
  return `${Number((cents / 100).toFixed(2))}元`;
}

/** 2026-12-09 → "12月9日". */
export function trialEndText(date: string): string {
  const d = startOfLocalDate(date, 'UTC');
  return `${d.month}月${d.day}日`;
}

/**
 * The approved confirmation script with its placeholders filled for one trial
 * ({price}, {trialDays}, {trialEnd}, {cancelMethod}), so the agent reads out
 * exactly the current trial end and the cancel method.
 */
export function fillScript(text: string, facts: ScriptFacts): string {
  const values: Record<string, string> = {
    price: feeText(facts.monthlyFeeCents),
    trialDays: String(facts.trialDays),
    trialEnd: trialEndText(facts.trialEnd),
    cancelMethod: facts.cancelMethod,
  };
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
