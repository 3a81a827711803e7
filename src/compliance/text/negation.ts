import { isClauseBreak } from './normalize.js';

/** 唔 and 冇 are Cantonese 不 and 没 ("唔系我" = 不是我, "冇兴趣"). */
const NEGATORS = new Set(['不', '没', '别', '未', '非', '甭', '勿', '莫', '唔', '冇']);
/** How far back a negator still governs a phrase: "我不同意", "我是不会同意的". */
const WINDOW = 3;
/**
 * Words that contain a negator character without negating anything
 * ("要不就开吧", "非常同意", "没问题"). Checked around the negator.
 */
const NOT_NEGATIONS = new Set([
  '要不',
  '不错',
  '不过',
  '不如',
  '不然',
  '差不',
  '没事',
  '没关',
  '没问',
  '没错',
  '不客',
  '不好意',
  '非常',
  '别的',
  '不管',
  // Cantonese: 唔该 (thanks), 唔好意思 (sorry), 冇问题 / 冇事 / 冇错 (no problem, fine, right);
  // Mandarin 唔 is also a hum ("唔是我" = "um, it's me").
  '唔该',
  '唔好意',
  '唔是',
  '唔嗯',
  '冇问',
  '冇事',
  '冇错',
]);

function isRealNegator(text: string, at: number): boolean {
  if (!NEGATORS.has(text[at])) return false;
  const before = text.slice(at - 1, at + 1);
  const after2 = text.slice(at, at + 2);
  const after3 = text.slice(at, at + 3);
  return !NOT_NEGATIONS.has(before) && !NOT_NEGATIONS.has(after2) && !NOT_NEGATIONS.has(after3);
}

/**
 * True when a negator sits within a few characters before `begin`, in the same
 * clause. `belongsElsewhere(i)` marks characters that are part of another
 * recognised phrase ("听不懂你给我开吧": that 不 is about understanding).
 */
export function isNegatedAt(
  text: string,
  begin: number,
  belongsElsewhere: (i: number) => boolean = () => false,
): boolean {
  for (let i = begin - 1; i >= 0 && i >= begin - WINDOW; i--) {
    if (isClauseBreak(text[i])) return false;
    if (isRealNegator(text, i) && !belongsElsewhere(i)) return true;
  }
  return false;
}
