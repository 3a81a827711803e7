import { FAMILY_KINDS, type FamilyKind, type PhraseFamilyData, type PhraseList } from './types.js';

/** An edited list that breaks one of these rules is refused, naming the field. */
export class PhraseListError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

const MAX_FAMILIES = 100;
const MAX_PATTERNS = 300;
const MAX_PATTERN_CHARS = 40;
const MAX_VARIANTS = 64;
const ID = /^[a-z][a-z0-9_]*\.[a-z0-9_]+$/;
const FIELDS = new Set(['id', 'kind', 'label', 'patterns', 'negatable', 'exceptions']);
/** Without these the rules could not tell a good call from a bad one. */
const REQUIRED_KINDS: FamilyKind[] = ['greeting', 'polite_address', 'closing'];

/**
 * `[你您]自己的问题` → 你自己的问题, 您自己的问题. Brackets list alternative
 * characters; they do not nest. Throws with a message that names the problem.
 */
export function expandPattern(pattern: string): string[] {
  let variants = [''];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === ']') throw new Error('has "]" without "["');
    if (ch !== '[') {
      variants = variants.map((v) => v + ch);
      continue;
    }
    const close = pattern.indexOf(']', i + 1);
    if (close < 0) throw new Error('has "[" without "]"');
    const options = [...pattern.slice(i + 1, close)];
    if (options.length === 0 || options.includes('['))
      throw new Error('has an empty or nested [ ]');
    variants = variants.flatMap((v) => options.map((o) => v + o));
    if (variants.length > MAX_VARIANTS) throw new Error(`expands to over ${MAX_VARIANTS} phrases`);
    i = close;
  }
  return variants;
}

function stringListProblems(value: unknown, at: string, min: number): string[] {
  if (!Array.isArray(value)) return [`${at} must be an array of strings`];
  if (value.length < min) return [`${at} must have at least ${min} entry`];
  if (value.length > MAX_PATTERNS) return [`${at} must have at most ${MAX_PATTERNS} entries`];
  const problems: string[] = [];
  value.forEach((p, i) => {
    if (typeof p !== 'string' || p.trim().length === 0 || p.length > MAX_PATTERN_CHARS) {
      problems.push(
        `${at}.${i} must be a non-empty string of at most ${MAX_PATTERN_CHARS} characters`,
      );
      return;
    }
    try {
      expandPattern(p);
    } catch (err) {
      problems.push(`${at}.${i} "${p}" ${(err as Error).message}`);
    }
  });
  return problems;
}

function familyProblems(f: unknown, at: string): string[] {
  if (f === null || typeof f !== 'object' || Array.isArray(f)) return [`${at} must be an object`];
  const family = f as Record<string, unknown>;
  const problems = Object.keys(family)
    .filter((k) => !FIELDS.has(k))
    .map((k) => `${at}.${k} should not exist`);
  if (typeof family.id !== 'string' || !ID.test(family.id) || family.id.length > 64)
    problems.push(`${at}.id must look like "taboo.shirking" (lower case, one dot)`);
  if (!FAMILY_KINDS.includes(family.kind as FamilyKind))
    problems.push(`${at}.kind must be one of: ${FAMILY_KINDS.join(', ')}`);
  if (typeof family.label !== 'string' || !family.label.trim() || family.label.length > 40)
    problems.push(`${at}.label must be a non-empty string of at most 40 characters`);
  problems.push(...stringListProblems(family.patterns, `${at}.patterns`, 1));
  if (family.exceptions !== undefined)
    problems.push(...stringListProblems(family.exceptions, `${at}.exceptions`, 0));
  if (family.negatable !== undefined && typeof family.negatable !== 'boolean')
    problems.push(`${at}.negatable must be a boolean`);
  return problems;
}

/** Every problem with a proposed list, each naming its field; empty = acceptable. */
export function phraseListProblems(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return ['phrases must be an object with families'];
  const extra = Object.keys(value).filter((k) => k !== 'families');
  if (extra.length > 0) return extra.map((k) => `${k} should not exist`);
  const families = (value as { families?: unknown }).families;
  if (!Array.isArray(families)) return ['families must be an array'];
  if (families.length > MAX_FAMILIES) return [`families must have at most ${MAX_FAMILIES} entries`];
  const problems = families.flatMap((f, i) => familyProblems(f, `families.${i}`));
  if (problems.length > 0) return problems;
  const list = families as PhraseFamilyData[];
  const seen = new Set<string>();
  list.forEach((f, i) => {
    if (seen.has(f.id)) problems.push(`families.${i}.id "${f.id}" is used twice`);
    seen.add(f.id);
  });
  for (const kind of REQUIRED_KINDS) {
    if (!list.some((f) => f.kind === kind))
      problems.push(`families must include at least one "${kind}" family`);
  }
  return problems;
}

/** The list as given, checked; throws PhraseListError naming every bad field. */
export function parsePhraseList(value: unknown): PhraseList {
  const problems = phraseListProblems(value);
  if (problems.length > 0) throw new PhraseListError(problems);
  return value as PhraseList;
}
