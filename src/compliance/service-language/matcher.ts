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

/** One automaton over a set of phrases, and which family each phrase belongs to. */
interface Automaton {
  readonly automaton: AhoCorasick;
  readonly entries: Map<string, Entry[]>;
}

/**
 * A list compiled once. Backchannels (对, 好, 的…) sit in an automaton of their
 * own: they match nearly every character, and only short turns need them.
 */
export interface CompiledList {
  readonly talk: Automaton;
  readonly listening: Automaton;
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
  return withoutFillers(normalizeText(raw));
}

/** matchText for text normalizeText already prepared (the checker's Transcript segments). */
export function withoutFillers(text: string): string {
  return FILLERS.test(text) ? text.replace(ALL_FILLERS, '').replace(/,{2,}/g, ',') : text;
}

function automatonOf(families: PhraseFamilyData[]): Automaton {
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
  for (const family of families) {
    for (const p of family.patterns) add(p, family, false);
    for (const p of family.exceptions ?? []) add(p, family, true);
  }
  return { automaton: new AhoCorasick([...entries.keys()]), entries };
}

const compiledLists = new WeakMap<PhraseList, CompiledList>();

export function compileList(list: PhraseList): CompiledList {
  const cached = compiledLists.get(list);
  if (cached) return cached;
  const compiled = {
    talk: automatonOf(list.families.filter((f) => f.kind !== 'backchannel')),
    listening: automatonOf(list.families.filter((f) => f.kind === 'backchannel')),
  };
  compiledLists.set(list, compiled);
  return compiled;
}

/** The longest phrase wins an overlap, then the leftmost. */
function longestFirst(spans: Hit[]): Hit[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => b.end - b.begin - (a.end - a.begin) || a.begin - b.begin);
  const taken = new Set<number>();
  const kept: Hit[] = [];
  for (const s of spans) {
    let free = true;
    for (let i = s.begin; i < s.end && free; i++) free = !taken.has(i);
    if (!free) continue;
    for (let i = s.begin; i < s.end; i++) taken.add(i);
    kept.push(s);
  }
  return kept.sort((a, b) => a.begin - b.begin);
}

/** True when a quote cue ends shortly before `begin`, with no sentence end between. */
function isQuoted(text: string, cues: Hit[], begin: number): boolean {
  return cues.some((c) => {
    if (c.end > begin || begin - c.end > QUOTE_WINDOW) return false;
    for (let i = c.end; i < begin; i++) if (isClauseBreak(text[i]) && text[i] !== ',') return false;
    return true;
  });
}

/**
 * Every family's phrases in `text` (from matchText), exceptions removed,
 * grouped by kind; backchannels only with `listening`.
 */
export function scan(
  compiled: CompiledList,
  text: string,
  listening = false,
): Map<FamilyKind, Hit[]> {
  const { automaton, entries } = listening ? compiled.listening : compiled.talk;
  const hits = new Map<FamilyKind, Hit[]>();
  let exceptions: Hit[] | null = null;
  for (const m of automaton.matchInText(text)) {
    for (const { family, exception } of entries.get(m.keyword)!) {
      const { keyword: phrase, begin, end } = m;
      const hit: Hit = { family, phrase, begin, end, negated: false, quoted: false };
      const list = exception ? (exceptions ??= []) : hits.get(family.kind);
      if (list) list.push(hit);
      else hits.set(family.kind, [hit]);
    }
  }
  if (exceptions) {
    const within = exceptions;
    const excepted = (h: Hit) =>
      within.some((e) => e.family === h.family && e.begin <= h.begin && h.end <= e.end);
    for (const [kind, list] of hits)
      hits.set(
        kind,
        list.filter((h) => !excepted(h)),
      );
  }
  // Only taboos are reported phrase by phrase: there, nested patterns must not count twice.
  const taboos = hits.get('taboo');
  if (taboos) hits.set('taboo', longestFirst(taboos));
  const cues = hits.get('quote_cue') ?? [];
  for (const [kind, list] of hits) {
    for (const h of list) {
      if (h.family.negatable === true) h.negated = isNegatedAt(text, h.begin);
      if (kind === 'taboo') h.quoted = isQuoted(text, cues, h.begin);
    }
  }
  return hits;
}
