import type { Speaker, TranscriptSegment, Evidence } from '../types.js';
import { normalizeText } from '../text/normalize.js';
import { matchPhrases, type PhraseFamily, type PhraseMatch } from '../text/lexicon.js';
import { keywordSet } from '../text/keywords.js';
import { splitClauses, type Clause } from '../text/clauses.js';

/** A transcript segment normalised and scanned once; every rule reads this. */
export class Segment {
  readonly text: string;
  readonly matches: PhraseMatch[];
  private keywordCache: Set<string> | null = null;
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly index: number,
    readonly speaker: Speaker,
    readonly raw: string,
  ) {
    this.text = normalizeText(raw);
    this.matches = matchPhrases(this.text);
  }

  /** Content keywords, for fuzzy comparison with script sections; computed on first use. */
  get keywords(): Set<string> {
    return (this.keywordCache ??= keywordSet(this.text));
  }

  get clauses(): Clause[] {
    return this.memo('clauses', () => splitClauses(this.text));
  }

  /** Derived facts (amounts, dates) computed once per segment whichever rule asks first. */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  get isAgent(): boolean {
    return this.speaker === 'agent';
  }

  get isCustomer(): boolean {
    return this.speaker === 'customer';
  }

  /** Affirmative (not negated) matches of any of the families. */
  find(...families: PhraseFamily[]): PhraseMatch[] {
    return this.matches.filter((m) => !m.negated && families.includes(m.family));
  }

  findNegated(...families: PhraseFamily[]): PhraseMatch[] {
    return this.matches.filter((m) => m.negated && families.includes(m.family));
  }

  has(...families: PhraseFamily[]): boolean {
    return this.matches.some((m) => !m.negated && families.includes(m.family));
  }

  evidence(phrase?: string): Evidence {
    return phrase === undefined
      ? { segment: this.index, text: this.raw }
      : { segment: this.index, text: this.raw, phrase };
  }
}

export class Transcript {
  readonly segments: Segment[];
  readonly agent: Segment[];
  readonly customer: Segment[];

  constructor(raw: readonly TranscriptSegment[]) {
    this.segments = raw.map((s, i) => new Segment(i, s.speaker, s.text ?? ''));
    this.agent = this.segments.filter((s) => s.isAgent);
    this.customer = this.segments.filter((s) => s.isCustomer);
  }

  /**
   * The customer's reply to the agent segment at `index`: the customer
   * segments that follow it before the agent speaks again. Empty = silence.
   */
  answerTo(index: number): Segment[] {
    const answer: Segment[] = [];
    for (let i = index + 1; i < this.segments.length; i++) {
      const s = this.segments[i];
      if (s.isAgent) break;
      if (s.text.length > 0) answer.push(s);
    }
    return answer;
  }

  /** The agent segment the customer segment at `index` replies to, if any. */
  questionBefore(index: number): Segment | null {
    for (let i = index - 1; i >= 0; i--) {
      if (this.segments[i].isAgent) return this.segments[i];
    }
    return null;
  }

  hasAgentBetween(from: number, to: number): boolean {
    return this.segments.slice(from + 1, to).some((s) => s.isAgent);
  }
}
