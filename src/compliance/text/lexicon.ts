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

interface Compiled {
  automaton: AhoCorasick;
  familiesByPhrase: Map<string, PhraseFamily[]>;
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
  const familiesByPhrase = new Map<string, PhraseFamily[]>();
  for (const { family, phrases } of registered) {
    for (const phrase of phrases) {
      const list = familiesByPhrase.get(phrase) ?? [];
      list.push(family);
      familiesByPhrase.set(phrase, list);
    }
  }
  return { automaton: new AhoCorasick([...familiesByPhrase.keys()]), familiesByPhrase };
}

interface Candidate {
  phrase: string;
  begin: number;
  end: number;
  families: PhraseFamily[];
}

/** Longest-first, then leftmost; a candidate overlapping a kept one is dropped. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.begin - (a.end - a.begin) || a.begin - b.begin,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (!kept.some((k) => c.begin < k.end && k.begin < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.begin - b.begin);
}

export function matchPhrases(text: string): PhraseMatch[] {
  compiled ??= compile();
  const { automaton, familiesByPhrase } = compiled;
  const byGroup = new Map<string, Candidate[]>();
  for (const hit of automaton.matchInText(text)) {
    for (const family of familiesByPhrase.get(hit.keyword) ?? []) {
      const list = byGroup.get(family.group) ?? [];
      const same = list.find((c) => c.begin === hit.begin && c.end === hit.end);
      if (same) same.families.push(family);
      else list.push({ phrase: hit.keyword, begin: hit.begin, end: hit.end, families: [family] });
      byGroup.set(family.group, list);
    }
  }
  const matches: PhraseMatch[] = [];
  for (const candidates of byGroup.values()) {
    for (const c of resolveOverlaps(candidates)) {
      for (const family of c.families) {
        const negated = family.negatable && isNegatedAt(text, c.begin);
        matches.push({ family, phrase: c.phrase, begin: c.begin, end: c.end, negated });
      }
    }
  }
  return matches.sort((a, b) => a.begin - b.begin);
}
