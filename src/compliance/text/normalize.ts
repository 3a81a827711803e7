/**
 * Canonical form for matching: NFKC folds full-width letters, digits and most
 * punctuation; whitespace goes because ASR output spaces Chinese arbitrarily;
 * punctuation collapses to three marks so clause and question detection stay
 * simple: ',' (pause), '。' (statement end), '?' (question end).
 */
/** Compatibility characters (full-width forms, ellipsis, ideographic space) that need NFKC. */
const NEEDS_NFKC = /[\u2000-\u2bff\u3000\u3200-\u33ff\ufe30-\ufe4f\uff00-\uffef]/;
/** Every mark collapses to ',' (pause), '。' (statement end) or '?' (question end). */
const MARKS = new Map<string, string>();
for (const ch of '，,、;；:：~～—_"\'“”‘’（）()《》<>【】[]…') MARKS.set(ch, ',');
for (const ch of '。!！') MARKS.set(ch, '。');
for (const ch of '?？') MARKS.set(ch, '?');
const SPACE = /\s/;
/** Spoken phone numbers arrive as digit words (幺零零八六); four or more in a row are a number. */
const DIGIT_WORDS = /[零〇幺一二三四五六七八九]{4,}/g;
const DIGIT_VALUE: Record<string, string> = {
  零: '0',
  〇: '0',
  幺: '1',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
/**
 * A digit said as a word inside a code ("TQ零", "T、D、九"): one to three digit
 * words straight after a letter, ending where the code does.
 */
const CODE_DIGIT_WORDS =
  /(?<=[A-Z](?:,?[0-9])*,?)[零〇幺一二三四五六七八九]{1,3}(?=[,。?]|到|发|就|退|取|$)/g;
/** "Q、X、M、Y、六、八": each digit word joins the code once the one before it has. */
const MAX_CODE_DIGIT_PASSES = 8;
const HAS_CODE_DIGIT_WORD_ANY = /[A-Z0-9],?[零〇幺一二三四五六七八九]/;
/** "Q、X、Y、C，数字八" / "TQ再加一个数字0": a digit announced as such inside a spelled code. */
const ANNOUNCED_DIGIT =
  /(?<=[A-Z],?)(?:然后是|然后|后面是|最后是|再加一个|再加|加上|加|一个)?数字([零〇幺一二三四五六七八九0-9])/g;
/** ASR writes a decimal point as 点 between digits: "0点3元", "9点9块". */
const SPOKEN_DECIMAL = /(\d)点(\d+)(?=元|块|圆|毛)/g;
/** A code spelled letter by letter ("Q、X、S、P" → "Q,X,S,P") is the code "QXSP". */
const SPELLED_CODE = /(?<![A-Z0-9])[A-Z0-9](?:,[A-Z0-9](?![A-Z0-9]))+(?![A-Z0-9])/g;
const HAS_SPELLED = /[A-Z0-9],[A-Z0-9](?![A-Z0-9])/;
const HOLDER_HOMOPHONE = /[鸡基]主/g;
/** "5个G", "5G" and "5GB" are the same data allowance. */
const GIGABYTES = /(\d+)个?G(?!B)/g;

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** A dot, slash or dash between digits belongs to a number or date (10.5元, 12/19). */
function isNumberJoiner(ch: string): boolean {
  return ch === '.' || ch === '/' || ch === '-';
}

/** Maps one character to its canonical form; `prev`/`next` decide number joiners. */
function canonicalChar(ch: string, prev: string | undefined, next: string | undefined): string {
  if (ch >= 'a' && ch <= 'z') return ch.toUpperCase();
  if (isNumberJoiner(ch)) return isDigit(prev) && isDigit(next) ? ch : ',';
  return MARKS.get(ch) ?? ch;
}

/** Drops whitespace first so that "12 . 19" and "1 0 0 8 6" join up. */
function stripSpaces(text: string): string {
  return SPACE.test(text) ? text.replace(/\s+/g, '') : text;
}

const isMark = (c: string) => c === ',' || c === '。' || c === '?';

export function normalizeText(raw: string): string {
  const text = stripSpaces(NEEDS_NFKC.test(raw) ? raw.normalize('NFKC') : raw);
  // Copy unchanged stretches in slices: most characters are CJK and stay as they are.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) continue;
    const ch = text[i];
    const c = canonicalChar(ch, text[i - 1], text[i + 1]);
    if (c === ch && !isMark(c)) continue;
    out += text.slice(from, i);
    from = i + 1;
    // A run of marks collapses to one: "……" → ",", "？？" → "?".
    if (isMark(c) && out.endsWith(c)) continue;
    out += c;
  }
  out += text.slice(from);
  if (DIGIT_WORDS.test(out)) {
    DIGIT_WORDS.lastIndex = 0;
    out = out.replace(DIGIT_WORDS, (run) => [...run].map((c) => DIGIT_VALUE[c]).join(''));
  }
  if (out.includes('数字')) {
    out = out.replace(ANNOUNCED_DIGIT, (_all, d: string) => DIGIT_VALUE[d] ?? d);
  }
  if (out.includes('点')) out = out.replace(SPOKEN_DECIMAL, '$1.$2');
  for (let pass = 0; pass < MAX_CODE_DIGIT_PASSES && HAS_CODE_DIGIT_WORD_ANY.test(out); pass++) {
    const next = out.replace(CODE_DIGIT_WORDS, (run) =>
      [...run].map((c) => DIGIT_VALUE[c]).join(''),
    );
    if (next === out) break;
    out = next;
  }
  if (HAS_SPELLED.test(out)) out = out.replace(SPELLED_CODE, (run) => run.replaceAll(',', ''));
  // Northern 俺 is always "I" (俺就是机主, 给俺开了吧): one pronoun for every rule to match.
  if (out.includes('俺')) out = out.replaceAll('俺', '我');
  // ASR homophones of 机主 (account holder): "您是鸡主本人吗", "我就是基主".
  if (out.includes('主')) out = out.replace(HOLDER_HOMOPHONE, '机主');
  return out.includes('G') ? out.replace(GIGABYTES, '$1GB') : out;
}

export const CLAUSE_BREAK = /[,。?]/;

export function isClauseBreak(ch: string | undefined): boolean {
  return ch === ',' || ch === '。' || ch === '?';
}

/** The clause around position `at`: from the previous break to the next break (inclusive). */
export function clauseAt(text: string, at: number): { start: number; end: number; text: string } {
  let start = at;
  while (start > 0 && !isClauseBreak(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !isClauseBreak(text[end])) end++;
  const withMark = end < text.length ? end + 1 : end;
  return { start, end: withMark, text: text.slice(start, withMark) };
}
