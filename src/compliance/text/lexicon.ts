import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { isNegatedAt } from './negation.js';

/**
 * Phrase families share one Aho-Corasick automaton so each transcript segment
 * is scanned once, whatever the number of families. Families are grouped: within
 * a group the longest match wins an overlap, which is how "不同意" (refusal)
 * shadows "同意" (agreement) without every rule re-implementing it.
 */
export interface PhraseFamily {
  readonly id: string;
  readonly group: string;
  /** Whether a negator just before the phrase flips it ("不" + "方便"). */
  readonly negatable: boolean;
}

export interface PhraseMatch {
  family: PhraseFamily;
  phrase: string;
  begin: number;
  end: number;
  negated: boolean;
}

/** A phrase's families, pre-split by group so matching needs no lookups per hit. */
interface PhraseEntry {
  group: string;
  families: PhraseFamily[];
}

interface Compiled {
  automaton: AhoCorasick;
  entriesByPhrase: Map<string, PhraseEntry[]>;
}

const registered: Array<{ family: PhraseFamily; phrases: readonly string[] }> = [];
let compiled: Compiled | null = null;

export function phraseFamily(
  group: string,
  id: string,
  phrases: readonly string[],
  options: { negatable?: boolean } = {},
): PhraseFamily {
  const family: PhraseFamily = {
    id: `${group}.${id}`,
    group,
    negatable: options.negatable ?? true,
  };
  registered.push({ family, phrases });
  compiled = null;
  return family;
}

function compile(): Compiled {
  const entriesByPhrase = new Map<string, PhraseEntry[]>();
  for (const { family, phrases } of registered) {
    for (const phrase of phrases) {
      const entries = entriesByPhrase.get(phrase) ?? [];
      const entry = entries.find((e) => e.group === family.group);
      if (entry) entry.families.push(family);
      else entries.push({ group: family.group, families: [family] });
      entriesByPhrase.set(phrase, entries);
    }
  }
  return { automaton: new AhoCorasick([...entriesByPhrase.keys()]), entriesByPhrase };
}

interface Candidate {
  phrase: string;
  begin: number;
  end: number;
  families: PhraseFamily[];
}

/** Longest-first, then leftmost; a candidate overlapping a kept one is dropped. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  candidates.sort((a, b) => b.end - b.begin - (a.end - a.begin) || a.begin - b.begin);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => c.begin < k.end && k.begin < c.end)) kept.push(c);
  }
  return kept;
}

export function matchPhrases(text: string): PhraseMatch[] {
  compiled ??= compile();
  const { automaton, entriesByPhrase } = compiled;
  const byGroup = new Map<string, Candidate[]>();
  for (const hit of automaton.matchInText(text)) {
    for (const { group, families } of entriesByPhrase.get(hit.keyword)!) {
      const candidate = { phrase: hit.keyword, begin: hit.begin, end: hit.end, families };
      const list = byGroup.get(group);
      if (list) list.push(candidate);
      else byGroup.set(group, [candidate]);
    }
  }
  const kept: Array<[string, Candidate[]]> = [];
  for (const [group, list] of byGroup) kept.push([group, resolveOverlaps(list)]);
  // A negator inside another group's phrase negates that phrase, not this one.
  const elsewhere = (group: string) => (i: number) =>
    kept.some(([g, list]) => g !== group && list.some((c) => i >= c.begin && i < c.end));
  const matches: PhraseMatch[] = [];
  for (const [group, list] of kept) {
    for (const c of list) {
      for (const family of c.families) {
        const negated = family.negatable && isNegatedAt(text, c.begin, elsewhere(group));
        matches.push({ family, phrase: c.phrase, begin: c.begin, end: c.end, negated });
      }
    }
  }
  return matches.sort((a, b) => a.begin - b.begin);
}
