/**
 * The carrier's four valid-marketing standards (电话营销合格标准), declared once.
 * Every module, the console and the weekly report read ids, order and wording
 * from here, so the four can no longer drift apart between copies.
 * Pure data: no framework imports.
 */
import type { ScriptSection } from './script-format.js';

export interface StandardDefinition {
  readonly id: string;
  /** Short Chinese name: console labels, chart axes, report table headings. */
  readonly name: string;
  /** One line an inspector reads next to the name on the review page. */
  readonly description: string;
  /**
   * The weekly report's `label` for the standard (failuresByStandard, problems):
   * the carrier already reads this wording in stored reports, so it stays as it was.
   */
  readonly reportLabel: string;
  /** Approved-script sections ([name] lines) that serve this standard. */
  readonly scriptSections: readonly ScriptSection[];
}

/** In the API's order: keys 1–4 on the review page, columns of every table. */
export const STANDARD_REGISTRY = [
  {
    id: 'identity',
    name: '身份核实',
    description: '机主或能做主的家人，核实了身份，并同意听介绍',
    reportLabel: '身份核实：机主或能做主的家人，且同意听介绍',
    // The greeting is where the agent says who is calling, before asking who answers.
    scriptSections: ['greeting', 'identity', 'permission'],
  },
  {
    id: 'comprehension',
    name: '清醒理解',
    description: '神智清醒，能听懂营销内容',
    reportLabel: '神智清醒，能听懂营销内容',
    // Judged from the customer's answers, not from anything the script says.
    scriptSections: [],
  },
  {
    id: 'script',
    name: '脚本告知',
    description: '按核准脚本告知资费、体验期截止日、取消方式、使用方法和功能',
    reportLabel: '按核准脚本完整告知资费、体验期、取消方式等',
    scriptSections: ['features', 'usage', 'price', 'trial_end', 'cancel_method', 'closing'],
  },
  {
    id: 'consent',
    name: '明确同意',
    description: '用户用明确的话同意开通（“嗯”“随便”不算）',
    reportLabel: '用户明确同意开通',
    scriptSections: ['consent'],
  },
] as const satisfies readonly StandardDefinition[];

export type Standard = (typeof STANDARD_REGISTRY)[number]['id'];

type Ids<T extends readonly { id: string }[]> = { readonly [K in keyof T]: T[K]['id'] };

export const STANDARDS = STANDARD_REGISTRY.map((s) => s.id) as unknown as Ids<
  typeof STANDARD_REGISTRY
>;

function byId<K extends 'name' | 'description' | 'reportLabel'>(key: K): Record<Standard, string> {
  const entries = STANDARD_REGISTRY.map((s): [string, string] => [s.id, s[key]]);
  return Object.fromEntries(entries) as Record<Standard, string>;
}

export const STANDARD_NAMES = byId('name');
export const STANDARD_DESCRIPTIONS = byId('description');
export const STANDARD_REPORT_LABELS = byId('reportLabel');

/** The standard a script section belongs to. */
export function standardOfSection(section: ScriptSection): Standard {
  const owner = STANDARD_REGISTRY.find((s) =>
    (s.scriptSections as readonly ScriptSection[]).includes(section),
  );
  // Unreachable while the registry test holds: every section has exactly one owner.
  if (!owner) throw new Error(`script section ${section} belongs to no standard`);
  return owner.id;
}
