import { phraseFamily, type PhraseMatch } from './lexicon.js';

/**
 * Keyword sets for fuzzy comparison with approved-script sections: character
 * bigrams of Chinese runs plus whole ASCII tokens ("5GB", "TD"). Agents
 * paraphrase, so near-synonyms common in telecom sales are folded first.
 */
const SYNONYMS: Record<string, string> = {
  登陆: '登录',
  登上: '登录',
  登进去: '登录',
  APP: '客户端',
  软件: '客户端',
  应用程序: '客户端',
  手机号码: '本机号码',
  这个号码: '本机号码',
  这个手机号: '本机号码',
  这个号: '本机号码',
  本机号码: '本机号码',
  手机号: '本机号码',
  本机号: '本机号码',
  不耗流量: '免流量',
  不费流量: '免流量',
  不花流量: '免流量',
  不用流量: '免流量',
  不走流量: '免流量',
  不扣流量: '免流量',
  免流量: '免流量',
  免流: '免流量',
  随便听: '畅听',
  随心听: '畅听',
  尽情听: '畅听',
  无限听: '畅听',
  起效: '生效',
  安装: '下载',
  装一个: '下载',
  装个: '下载',
  流量包: '加油包',
  // How agents say the usage steps from memory.
  登进: '登录',
  登入: '登录',
  一登: '登录',
  登一下: '登录',
  登个: '登录',
  装好: '下载',
  装上: '下载',
  手机应用: '客户端',
  您的号码: '本机号码',
  你的号码: '本机号码',
  当前号码: '本机号码',
  下个月: '次月',
  下月: '次月',
  本月: '当月',
  这个月: '当月',
  加到: '叠加',
  加进: '叠加',
  累加: '叠加',
  自己就: '自动',
  共用: '共享',
  一起用: '共享',
  拦掉: '拦截',
  拦下: '拦截',
  挡掉: '拦截',
  屏蔽: '拦截',
  查看: '查询',
  查到: '查询',
  查一下: '查询',
  推给: '推送',
  传上去: '备份',
  选好: '选择',
  挑好: '选择',
  挑选: '选择',
  点一下: '一键',
  马上就能用: '生效',
  立刻就能用: '生效',
  就能用了: '生效',
  存上去: '备份',
};
// One pass, longest alternative first, so "本机号码" is not re-expanded via "本机号".
const SYNONYM_PATTERN = new RegExp(
  Object.keys(SYNONYMS)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

const CANONICAL = [...new Set(Object.values(SYNONYMS))];

/** The canonical synonyms in already-folded text, each once: whole terms a segmenter would split. */
export function canonicalTerms(folded: string): string[] {
  return CANONICAL.filter((c) => folded.includes(c));
}

/** Function characters: a bigram made only of these says nothing about content. */
const FUNCTION_CHARS = new Set([
  ...'的了是可以您我你他她它们这那个就还也都吗呢吧啊哦嗯和与或在把被给到从很更么啥呀些有',
]);
const PLACEHOLDER = /\{[^}]*\}/g;
const ASCII_TOKEN = /[A-Z0-9]+/g;
const CJK_RUNS = /[\u4e00-\u9fff]+/g;

/** The same words as a lexicon family, so a scanned segment is folded without a second pass. */
export const SYNONYM = phraseFamily('synonyms', 'any', Object.keys(SYNONYMS), { negatable: false });

/** Folds synonyms using a segment's existing lexicon matches (non-overlapping within the group). */
export function foldMatched(text: string, matches: readonly PhraseMatch[]): string {
  let out = '';
  let from = 0;
  for (const m of matches) {
    if (m.family !== SYNONYM) continue;
    out += text.slice(from, m.begin) + SYNONYMS[m.phrase];
    from = m.end;
  }
  return from === 0 ? text : out + text.slice(from);
}

export function foldSynonyms(text: string): string {
  return text.replace(SYNONYM_PATTERN, (word) => SYNONYMS[word]);
}

/** `text` must already be normalised (see normalizeText). */
export function keywordSet(text: string): Set<string> {
  const folded = foldSynonyms(text.replace(PLACEHOLDER, ','));
  const out = new Set<string>();
  for (const m of folded.matchAll(ASCII_TOKEN)) out.add(m[0]);
  for (const m of folded.matchAll(CJK_RUNS)) {
    const run = m[0];
    for (let i = 0; i + 1 < run.length; i++) {
      if (FUNCTION_CHARS.has(run[i]) && FUNCTION_CHARS.has(run[i + 1])) continue;
      out.add(run.slice(i, i + 2));
    }
  }
  return out;
}
