import { canonicalTerms, foldSynonyms } from './keywords.js';
import { findQuantities, type Quantity } from './quantities.js';

/**
 * What a line of an approved script says, as the units a paraphrase keeps:
 * its quantities (numbers with what they count) and its content words
 * (product nouns, actions). Word order, filler and connectives are dropped,
 * which is what a keyword-overlap comparison could not do.
 */
export interface ContentTerms {
  quantities: Quantity[];
  /** Content words as written in the script, synonyms folded ("客户端", "本机号码", "备份"). */
  terms: string[];
}

/** Words every section of every script has: they say nothing about this product. */
const STOP_WORDS = new Set([
  '开通',
  '可以',
  '就能',
  '能够',
  '使用',
  '提供',
  '支持',
  '每月',
  '每天',
  '每个',
  '最多',
  '超过',
  '即可',
  '就是',
  '进行',
  '通过',
  '您的',
  '我们',
  '还有',
  '以及',
  '或者',
  '或在',
  '之后',
  '以后',
  '时候',
  '任何',
  '业务',
  '不用',
  '之前',
  '现在',
  '目前',
  '一下',
  '无需',
  '不需要',
  '手机',
]);
/** Single characters that never start or extend a content word. */
const FUNCTION_CHARS = new Set([
  ...'的了是您我你他她它们这那个就还也都吗呢吧啊哦嗯和与或在把被给到从很更么啥呀些有后用免送每月天能可以及并且而其让',
]);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const ASCII_WORD = /^[A-Z]+$/;
const CJK = /^[\u4e00-\u9fff]+$/;

/**
 * Dictionary segmentation splits unknown compounds into single characters
 * ("观|影|券", "本|机"); consecutive single characters are joined back.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= 2) words.push(run);
    run = '';
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) {
      flush();
      continue;
    }
    if (ASCII_WORD.test(segment)) {
      flush();
      words.push(segment);
    } else if (!CJK.test(segment)) {
      flush();
    } else if (segment.length === 1) {
      if (FUNCTION_CHARS.has(segment)) flush();
      else run += segment;
    } else {
      flush();
      words.push(segment);
    }
  }
  flush();
  return words;
}

/** `line` must already be normalised (see normalizeText). */
export function contentTerms(line: string): ContentTerms {
  const text = foldSynonyms(line.replace(/\{[^}]*\}/g, ','));
  const quantities: Quantity[] = [];
  let rest = text;
  for (const q of findQuantities(text)) {
    rest = rest.replace(q.raw, ',');
    // "5GB流量加油包每月增加5GB": one claim, said once.
    if (!quantities.some((x) => x.value === q.value && x.unit === q.unit)) quantities.push(q);
  }
  // Folded synonyms are whole terms; the segmenter would split them ("客户|端").
  const terms = canonicalTerms(rest);
  for (const term of terms) rest = rest.replaceAll(term, ',');
  for (const word of wordsOf(rest)) {
    if (!STOP_WORDS.has(word) && !terms.includes(word)) terms.push(word);
  }
  return { quantities, terms };
}

const bigramsOf = new Map<string, string[]>();

function bigrams(term: string): string[] {
  let list = bigramsOf.get(term);
  if (!list) {
    list = [];
    for (let i = 0; i + 1 < term.length; i++) list.push(term.slice(i, i + 2));
    bigramsOf.set(term, list);
  }
  return list;
}

/**
 * A term was said when it occurs as written, or, for compounds of three or
 * more characters, when part of it does ("影视剧" in "电视剧", "观影券" in
 * "电影券"): agents shorten and vary compounds.
 */
export function termSaid(term: string, text: string): boolean {
  if (text.includes(term)) return true;
  return term.length >= 3 && bigrams(term).some((b) => text.includes(b));
}
