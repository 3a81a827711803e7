/**
 * The checker's evidence as the console shows it: per standard, each turn once,
 * in transcript order, with the turn's own words around the match (the
 * checker's phrase is normalised text, e.g. '量月 月包 每个', unreadable on
 * its own). Plain functions without closures or types at run time: the browser
 * gets their source (Function.prototype.toString), the unit tests call them.
 */

export interface EvidenceRef {
  segment: number;
  phrase?: string;
}
export interface SegmentText {
  text: string;
}
export interface EvidenceTurn {
  segment: number;
  excerpt: string;
}

/** standard → its evidence turns, unique and ascending; turns the transcript lacks are dropped. */
export function groupEvidence(
  rules: Record<string, { evidence?: EvidenceRef[] } | null | undefined> | null | undefined,
  standards: readonly string[],
  segments: readonly SegmentText[],
): Record<string, EvidenceTurn[]> {
  const out: Record<string, EvidenceTurn[]> = {};
  standards.forEach(function (std) {
    const rule = rules ? rules[std] : null;
    const phrases: Record<number, string | undefined> = {};
    ((rule && rule.evidence) || []).forEach(function (ev) {
      const i = ev.segment;
      if (!Number.isInteger(i) || i < 0 || i >= segments.length) return;
      if (!(i in phrases) || (!phrases[i] && ev.phrase)) phrases[i] = ev.phrase;
    });
    out[std] = Object.keys(phrases)
      .map(Number)
      .sort(function (a, b) {
        return a - b;
      })
      .map(function (i) {
        return { segment: i, excerpt: evidenceExcerpt(segments[i].text, phrases[i]) };
      });
  });
  return out;
}

/**
 * The turn's words around the phrase where the phrase occurs in them, else
 * its opening words; at most about 40 characters, cut ends marked with '…'.
 */
export function evidenceExcerpt(text: string, phrase?: string): string {
  const MAX = 40;
  const words = String(text || '').trim();
  if (words.length <= MAX) return words;
  const at = phrase ? words.indexOf(phrase) : -1;
  if (at < 0) return words.slice(0, MAX) + '…';
  const start = Math.max(0, Math.min(at - 12, words.length - MAX));
  const end = Math.min(words.length, start + MAX);
  return (start > 0 ? '…' : '') + words.slice(start, end) + (end < words.length ? '…' : '');
}
