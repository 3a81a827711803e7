export interface Clause {
  text: string;
  begin: number;
  end: number;
  /** Asked rather than stated: "开通了怎么用?", "是不是要收费". */
  question: boolean;
}

const ASKING =
  /是不是|是否|可不可以|能不能|行不行|好不好|要不要|有没有|对不对|怎么|怎样|多少|哪|几号|几天|什么|啥/;
// Sichuan and northern 嘛 after a go-ahead ("要得，开嘛", "行嘛") asserts, it does not ask.
const ASK_ENDING = /(?:[吗么呢]|(?<![开办得行好要])嘛)$/;

/**
 * "…以后扣是吧行开通吧": ASR drops the question mark, so a tag question followed by more
 * words ends a clause there, as "?" would.
 */
const TAG_QUESTION_END = /(?:是吧|对吧|是吗|对吗|是不是|对不对)(?=[^,。?])/g;

function tagQuestionEnds(text: string): Set<number> {
  const ends = new Set<number>();
  for (const m of text.matchAll(TAG_QUESTION_END)) ends.add(m.index + m[0].length);
  return ends;
}

/** Splits normalised text at ',', '。' and '?' (and after an unmarked tag question). */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  const tagEnds = tagQuestionEnds(text);
  let begin = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const tagEnd = tagEnds.has(i);
    if (i < text.length && ch !== ',' && ch !== '。' && ch !== '?' && !tagEnd) continue;
    const body = text.slice(begin, i);
    if (body.length > 0) {
      const question = tagEnd || ch === '?' || ASK_ENDING.test(body) || ASKING.test(body);
      clauses.push({
        text: body,
        begin,
        end: i,
        question,
      });
    }
    begin = tagEnd ? i : i + 1;
  }
  return clauses;
}

export function clauseContaining(clauses: Clause[], at: number): Clause | undefined {
  return clauses.find((c) => at >= c.begin && at < c.end);
}

// Besides '?' and 吗: A-not-A questions (行不行, Cantonese 得唔得) and their clipped spoken
// form at a clause end (行不, 可以不), which ASR output carries without a question mark.
const AGENT_ASKS =
  /[?吗]|是不是|是否|可不可以|能不能|行不行|好不好|要不要|对不对|(\p{Script=Han})[不唔]\1|(?:行|好|可以|方便|得|中|成)[不唔](?=[,。]|$)/u;

/** Whether an agent turn asks something, so that the next customer turn answers it. */
export function isQuestion(text: string): boolean {
  return AGENT_ASKS.test(text);
}
