import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { normalizeText } from '../../text/normalize.js';
import { foldMatched, keywordSet } from '../../text/keywords.js';
import type { ScriptSections, ScriptSection } from '../../script-format.js';
import { SECTION_NAMES, missing, ok, type SectionCheck } from './section-check.js';

/** Share of a section's distinctive keywords the agent must say, and a floor for short sections. */
const MIN_SHARE = 0.3;
const MIN_HITS = 2;
/** Keywords hit in a segment for it to be cited as where the section was conveyed. */
const EVIDENCE_HITS = 2;
const CACHE_LIMIT = 256;

type Described = 'features' | 'usage';

/**
 * A section's distinctive keywords: its bigrams minus those of every other
 * section, so "咪咕音乐" (in both features and usage) proves neither.
 */
function distinctiveKeywords(sections: ScriptSections, name: Described): Set<string> {
  const own = keywordSet(normalizeText(sections[name] ?? ''));
  for (const [other, text] of Object.entries(sections) as Array<[ScriptSection, string]>) {
    if (other === name || !text) continue;
    for (const k of keywordSet(normalizeText(text))) own.delete(k);
  }
  return own;
}

// Scripts are few and reused across thousands of calls: derive their keywords
// once, by object identity first and by content when callers rebuild the object.
const byObject = new WeakMap<ScriptSections, Map<Described, Set<string>>>();
const byContent = new Map<string, Set<string>>();

function keywordsFor(sections: ScriptSections, name: Described): Set<string> {
  let perObject = byObject.get(sections);
  if (!perObject) byObject.set(sections, (perObject = new Map()));
  let keywords = perObject.get(name);
  if (keywords) return keywords;
  const key = `${name}\u0000${JSON.stringify(sections)}`;
  keywords = byContent.get(key);
  if (!keywords) {
    if (byContent.size >= CACHE_LIMIT) byContent.clear();
    keywords = distinctiveKeywords(sections, name);
    byContent.set(key, keywords);
  }
  perObject.set(name, keywords);
  return keywords;
}

/**
 * The clauses of the turn that carry the matched keywords, as said: an
 * inspector reads "上千万首正版无损歌曲随便听", not the bigrams "正版 无损 损歌".
 */
function saidPhrases(s: Segment, keywords: string[]): string {
  const folded = s.memo('folded', () => foldMatched(s.text, s.matches));
  const clauses = s.clauses.filter((c) => {
    const foldedClause = foldMatched(c.text, []);
    return keywords.some((k) => c.text.includes(k) || foldedClause.includes(k));
  });
  if (clauses.length > 0) return clauses.map((c) => c.text).join('，');
  return folded === s.text ? s.text : s.raw;
}

/** Features and usage are free text: compared with the approved wording by keyword overlap. */
export function checkDescribed(
  t: Transcript,
  sections: ScriptSections,
  name: Described,
): SectionCheck {
  const label = SECTION_NAMES[name];
  const keywords = keywordsFor(sections, name);
  if (keywords.size === 0) return missing(`核准脚本中没有可核对的${label}内容`);
  const said = new Set<string>();
  const evidence: Evidence[] = [];
  for (const s of t.agent) {
    // Probing the section's few keywords is cheaper than listing every bigram of the turn.
    const folded = s.memo('folded', () => foldMatched(s.text, s.matches));
    const inSegment: string[] = [];
    for (const k of keywords) if (folded.includes(k)) inSegment.push(k);
    inSegment.forEach((k) => said.add(k));
    if (inSegment.length >= EVIDENCE_HITS) evidence.push(s.evidence(saidPhrases(s, inSegment)));
  }
  const share = said.size / keywords.size;
  if (said.size >= MIN_HITS && share >= MIN_SHARE) {
    return ok(`已介绍${label}（与核准脚本关键词吻合${Math.round(share * 100)}%）`, evidence);
  }
  return missing(
    `坐席未按核准脚本介绍${label}（关键词吻合仅${Math.round(share * 100)}%）`,
    evidence,
  );
}
