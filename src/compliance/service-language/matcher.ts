import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { normalizeText, isClauseBreak } from '../text/normalize.js';
import { isNegatedAt } from '../text/negation.js';
import { expandPattern } from './phrase-list.js';
import type { FamilyKind, PhraseFamilyData, PhraseList } from './types.js';

/** One phrase heard in an agent's turn, after exceptions, negation and quoting. */
export interface Hit {
  family: PhraseFamilyData;
  phrase: string;
  begin: number;
  end: number;
  /** A negator just before it ("不是您的错"), for families that allow it. */
  negated: boolean;
  /** Said after a cue that the agent is repeating someone's words ("您是说…"). */
  quoted: boolean;
}

interface Entry {
  family: PhraseFamilyData;
  exception: boolean;
}

/** A list compiled once: every pattern and exception of every family in one automaton. */
export interface CompiledList {
  readonly automaton: AhoCorasick;
  readonly entries: Map<string, Entry[]>;
}

/**
 * ASR hesitation sounds that land inside phrases ("不是嗯我的问题"). Removed
 * before matching; pauses (commas) stay, because "不，是我的问题" is the opposite.
 */
const FILLERS = /[嗯呃额]/;
const ALL_FILLERS = /[嗯呃额]/g;
/** How far back a quote cue still governs a phrase, within one sentence. */
const QUOTE_WINDOW = 12;

/** The text phrases are matched against: normalised, fillers out, pauses merged. */
export function matchText(raw: string): string {
  const text = normalizeText(raw);
  return FILLERS.test(text) ? text.replace(ALL_FILLERS, '').replace(/,{2,}/g, ',') : text;
}

const compiledLists = new WeakMap<PhraseList, CompiledList>();

export function compileList(list: PhraseList): CompiledList {
  const cached = compiledLists.get(list);
  if (cached) return cached;
  const entries = new Map<string, Entry[]>();
  const add = (pattern: string, family: PhraseFamilyData, exception: boolean) => {
    for (const variant of expandPattern(pattern)) {
      const phrase = matchText(variant);
      if (!phrase) continue;
      const list = entries.get(phrase) ?? [];
      list.push({ family, exception });
      entries.set(phrase, list);
    }
  };
  for (const family of list.families) {
    for (const p of family.patterns) add(p, family, false);
    for (const p of family.exceptions ?? []) add(p, family, true);
  }
  const compiled = { automaton: new AhoCorasick([...entries.keys()]), entries };
  compiledLists.set(list, compiled);
  return compiled;
}

interface Span {
  family: PhraseFamilyData;
  phrase: string;
  begin: number;
  end: number;
}

/** Within one kind, the longest phrase wins an overlap, then the leftmost. */
function longestFirst(spans: Span[]): Span[] {
  spans.sort((a, b) => b.end - b.begin - (a.end - a.begin) || a.begin - b.begin);
  const kept: Span[] = [];
  for (const s of spans) {
    if (!kept.some((k) => s.begin < k.end && k.begin < s.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.begin - b.begin);
}

/** True when a quote cue ends shortly before `begin`, with no sentence end between. */
function isQuoted(text: string, cues: Span[], begin: number): boolean {
  return cues.some((c) => {
    if (c.end > begin || begin - c.end > QUOTE_WINDOW) return false;
    for (let i = c.end; i < begin; i++) if (isClauseBreak(text[i]) && text[i] !== ',') return false;
    return true;
  });
}

/** Every family's phrases in `text` (from matchText), exceptions removed, grouped by kind. */
export function scan(compiled: CompiledList, text: string): Map<FamilyKind, Hit[]> {
  const patterns = new Map<FamilyKind, Span[]>();
  const exceptions: Span[] = [];
  for (const m of compiled.automaton.matchInText(text)) {
    for (const { family, exception } of compiled.entries.get(m.keyword)!) {
      const span = { family, phrase: m.keyword, begin: m.begin, end: m.end };
      const list = exception ? exceptions : patterns.get(family.kind);
      if (list) list.push(span);
      else patterns.set(family.kind, [span]);
    }
  }
  const excepted = (s: Span) =>
    exceptions.some((e) => e.family === s.family && e.begin <= s.begin && s.end <= e.end);
  const cues = patterns.get('quote_cue') ?? [];
  const hits = new Map<FamilyKind, Hit[]>();
  for (const [kind, spans] of patterns) {
    const kept = longestFirst(spans.filter((s) => !excepted(s)));
    hits.set(
      kind,
      kept.map((s) => ({
        ...s,
        negated: s.family.negatable === true && isNegatedAt(text, s.begin),
        quoted: kind === 'taboo' && isQuoted(text, cues, s.begin),
      })),
    );
  }
  return hits;
}
