import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import { normalizeText } from '../../text/normalize.js';
import { foldMatched, foldSynonyms } from '../../text/keywords.js';
import { contentTerms, termSaid } from '../../text/content-terms.js';
import { quantityProbe, quantitySaid } from '../../text/quantities.js';
import type { ScriptSections, ScriptSection } from '../../script-format.js';
import { SECTION_NAMES, missing, ok, type SectionCheck } from './section-check.js';

/**
 * Share of a section's content (by weight) the agent must convey for it to
 * count as described, and below which it was not described. In between the
 * description is partial: an inspector decides.
 */
export const CONVEYED_SHARE = 0.33;
export const NOT_CONVEYED_SHARE = 0.25;
/** A quantity ("50本", "2TB") is the most specific claim a line makes. */
const QUANTITY_WEIGHT = 2;
/** Words other sections use too (the product's name): they say little about this section. */
const SHARED_WEIGHT = 0.25;
const CACHE_LIMIT = 256;

type Described = 'features' | 'usage';

interface Unit {
  label: string;
  weight: number;
  /** `text` is folded (synonyms replaced). */
  said: (text: string) => boolean;
}

function unitsOf(sections: ScriptSections, name: Described, product: string): Unit[] {
  const own = contentTerms(normalizeText(sections[name] ?? ''));
  const others = (Object.entries(sections) as Array<[ScriptSection, string]>)
    .filter(([other, text]) => other !== name && text)
    .map(([, text]) => foldSynonyms(normalizeText(text)))
    .concat(foldSynonyms(normalizeText(product)))
    .join('。');
  const units: Unit[] = own.terms.map((term) => ({
    label: term,
    weight: others.includes(term) ? SHARED_WEIGHT : 1,
    said: (text) => termSaid(term, text),
  }));
  for (const q of own.quantities) {
    const probe = quantityProbe(q);
    units.push({
      label: q.raw,
      weight: QUANTITY_WEIGHT,
      said: (text) => quantitySaid(probe, text),
    });
  }
  return units;
}

// Scripts are few and reused across thousands of calls: derive their units
// once, by object identity first and by content when callers rebuild the object.
const byObject = new WeakMap<ScriptSections, Map<string, Unit[]>>();
const byContent = new Map<string, Unit[]>();

function unitsFor(sections: ScriptSections, name: Described, product: string): Unit[] {
  let perObject = byObject.get(sections);
  if (!perObject) byObject.set(sections, (perObject = new Map()));
  const section = `${name}\u0000${product}`;
  let units = perObject.get(section);
  if (units) return units;
  const key = `${section}\u0000${JSON.stringify(sections)}`;
  units = byContent.get(key);
  if (!units) {
    if (byContent.size >= CACHE_LIMIT) byContent.clear();
    units = unitsOf(sections, name, product);
    byContent.set(key, units);
  }
  perObject.set(section, units);
  return units;
}

const subjectsCache = new Map<string, string[]>();

/**
 * What the product's features and usage are made of ("观影券", "视频问诊",
 * "短信"), without the words of its name: "观影券是送的" speaks of one of them,
 * not of the product's fee.
 */
export function featureSubjects(sections: ScriptSections, product: string): string[] {
  const key = `${product}\u0000${sections.features ?? ''}\u0000${sections.usage ?? ''}`;
  let subjects = subjectsCache.get(key);
  if (!subjects) {
    if (subjectsCache.size >= CACHE_LIMIT) subjectsCache.clear();
    const name = foldSynonyms(normalizeText(product));
    subjects = [sections.features, sections.usage]
      .flatMap((line) => contentTerms(normalizeText(line ?? '')).terms)
      .filter((term) => !name.includes(term));
    subjectsCache.set(key, subjects);
  }
  return subjects;
}

/** The turn with synonyms folded, as units are looked for in it. */
const foldedIn = (s: Segment): string => s.memo('folded', () => foldMatched(s.text, s.matches));

/** A unit list's id, so that each segment's matches are computed once per section. */
const unitIds = new WeakMap<Unit[], number>();
let nextUnitId = 0;

function matchedIn(s: Segment, units: Unit[]): Unit[] {
  let id = unitIds.get(units);
  if (id === undefined) unitIds.set(units, (id = nextUnitId++));
  return s.memo(`described:${id}`, () => {
    const text = foldedIn(s);
    return units.filter((u) => u.said(text));
  });
}

/** The clauses of the turn that carry what was conveyed, whole, as said. */
function saidPhrases(s: Segment, units: Unit[]): string {
  const clauses = s.clauses.filter((c) => {
    if (units.some((u) => u.said(c.text))) return true;
    // A synonym the agent used ("APP" for "客户端"): fold the clause as the turn was folded.
    const inClause = s.matches
      .filter((m) => m.begin >= c.begin && m.end <= c.end)
      .map((m) => ({ ...m, begin: m.begin - c.begin, end: m.end - c.begin }));
    return inClause.length > 0 && units.some((u) => u.said(foldMatched(c.text, inClause)));
  });
  return clauses.length > 0 ? clauses.map((c) => c.text).join('，') : s.text;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

interface Coverage {
  conveyed: Set<Unit>;
  share: number;
  /** Segments that convey a quantity's worth or more, with what they convey. */
  cited: Array<{ s: Segment; here: Unit[] }>;
}

function coverageIn(segments: readonly Segment[], units: Unit[], total: number): Coverage {
  const conveyed = new Set<Unit>();
  const cited: Coverage['cited'] = [];
  for (const s of segments) {
    const here = matchedIn(s, units);
    if (here.length === 0) continue;
    here.forEach((u) => conveyed.add(u));
    const weight = here.reduce((sum, u) => sum + u.weight, 0);
    if (weight >= QUANTITY_WEIGHT) cited.push({ s, here });
  }
  // Shared words (the product's name, "本机号码" of the identity question) back up a
  // description; on their own they are no description at all.
  const distinctive = [...conveyed].some((u) => u.weight >= 1);
  const share = distinctive ? [...conveyed].reduce((sum, u) => sum + u.weight, 0) / total : 0;
  return { conveyed, share, cited };
}

const evidenceOf = (c: Coverage): Evidence[] =>
  c.cited.map(({ s, here }) => s.evidence(saidPhrases(s, here)));

/** "…就能用，对吧？" checks back what someone else said: the customer's words, often mis-tagged. */
const CHECKED_BACK = /(?:对吧|是吧|对不对|是不是|是吗|对吗)[?。,]?$/;
const statement = (s: Segment) => !CHECKED_BACK.test(s.text);

const named = (list: Iterable<Unit>) => [...list].map((u) => u.label).join('、');

/**
 * When the agent's turns do not convey the section, or convey it only in
 * turns that check it back as a question, but the transcript as a whole does:
 * who said it is what is unclear, and an inspector must listen.
 */
function speakerUnclear(
  t: Transcript,
  units: Unit[],
  total: number,
  label: string,
  agent: Coverage,
): SectionCheck | null {
  if (agent.share >= CONVEYED_SHARE) {
    const stated = coverageIn(t.agent.filter(statement), units, total);
    if (stated.share >= CONVEYED_SHARE) return null;
    return {
      status: 'unknown',
      reasons: [
        `说话人不清：${label}只在标为坐席、却以反问口气确认的话语中出现（像是客户在复述），不能确定坐席已介绍，需人工复核`,
      ],
      evidence: evidenceOf(agent),
    };
  }
  const customerStatements = t.customer.filter(statement);
  const all = coverageIn([...t.agent, ...customerStatements], units, total);
  if (all.share < CONVEYED_SHARE) return null;
  return {
    status: 'unknown',
    reasons: [
      `说话人不清：${label}的内容出现在标为客户的话语中（转写说话人标注可能有误），不能确定坐席已介绍，需人工复核`,
    ],
    evidence: evidenceOf(coverageIn(customerStatements, units, total)),
  };
}

/**
 * Features and usage are free text: what the approved line conveys (its
 * quantities and content words) must be conveyed by the agent, in any order
 * and wording. A partial description is `unknown`, not a confident fail.
 */
export function checkDescribed(
  t: Transcript,
  sections: ScriptSections,
  name: Described,
  product = '',
): SectionCheck {
  const label = SECTION_NAMES[name];
  const units = unitsFor(sections, name, product);
  const total = units.reduce((sum, u) => sum + u.weight, 0);
  if (total === 0) return missing(`核准脚本中没有可核对的${label}内容`);
  const agent = coverageIn(t.agent, units, total);
  const unclear = speakerUnclear(t, units, total, label, agent);
  if (unclear) return unclear;
  const { conveyed, share } = agent;
  const evidence = evidenceOf(agent);
  if (share >= CONVEYED_SHARE) {
    return ok(`已介绍${label}（核准脚本要点说到${percent(share)}：${named(conveyed)}）`, evidence);
  }
  const notSaid = units.filter((u) => !conveyed.has(u) && u.weight >= 1);
  if (share >= NOT_CONVEYED_SHARE) {
    return {
      status: 'unknown',
      reasons: [
        `覆盖不确定：坐席对${label}只说到核准脚本要点的${percent(share)}（已说：${named(conveyed)}；未说：${named(notSaid)}），无法确定是否已介绍清楚，需人工复核`,
      ],
      evidence,
    };
  }
  return missing(
    `坐席未介绍${label}（核准脚本要点只说到${percent(share)}，未说：${named(notSaid)}）`,
    evidence,
  );
}
