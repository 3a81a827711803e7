import { parseNumber, NUMBER_PATTERN } from '../../text/numbers.js';
import { phraseFamily } from '../../text/lexicon.js';

/** Who the speaker is to the account holder. */
export type Role =
  | 'spouse'
  | 'parent'
  | 'family'
  | 'child'
  | 'relative'
  | 'friend'
  | 'colleague'
  | 'neighbour'
  | 'other';

/**
 * Family who may accept a sale, provided they say they decide. A son or
 * daughter counts like any family member: a minor is caught separately
 * (stated age, school, the agent addressing a child) and fails regardless.
 */
export const FAMILY_ROLES: ReadonlySet<Role> = new Set(['spouse', 'parent', 'family', 'child']);

const WORDS: Record<Role, string[]> = {
  spouse: [
    '老婆',
    '妻子',
    '爱人',
    '老公',
    '丈夫',
    '媳妇儿',
    '媳妇',
    '太太',
    '先生',
    '对象',
    '老伴儿',
    '老伴',
    // Regional words for a spouse: northern 她男人 / 当家的, Sichuan 婆娘, elderly 老头子 / 老婆子.
    '男人',
    '当家的',
    '婆娘',
    '老头子',
    '老婆子',
  ],
  // Cantonese: 阿妈/阿爸/老豆 (mum, dad), 个仔/个女 (my son, daughter), 细佬/家姐 (brother, sister).
  parent: [
    '妈妈',
    '爸爸',
    '母亲',
    '父亲',
    '老妈',
    '老爸',
    '阿妈',
    '阿爸',
    '老豆',
    '老窦',
    '妈',
    '爸',
  ],
  family: ['家人', '家里人', '家属'],
  child: ['儿子', '女儿', '孩子', '闺女', '小孩', '个仔', '个女'],
  relative: [
    '亲戚',
    '表哥',
    '表姐',
    '表弟',
    '表妹',
    '堂哥',
    '堂姐',
    '堂弟',
    '堂妹',
    '侄子',
    '侄女',
    '外甥女',
    '外甥',
    '舅舅',
    '舅妈',
    '姑姑',
    '姑父',
    '叔叔',
    '婶婶',
    '姨妈',
    '姨父',
    '大伯',
    '伯伯',
    '爷爷',
    '奶奶',
    '外公',
    '外婆',
    '姥姥',
    '姥爷',
    '孙子',
    '孙女',
    '嫂子',
    '姐夫',
    '妹夫',
    '弟媳',
    '儿媳妇',
    '儿媳',
    '女婿',
    '公公',
    '婆婆',
    '岳父',
    '岳母',
    '丈母娘',
    '哥哥',
    '姐姐',
    '弟弟',
    '妹妹',
    '细佬',
    '家姐',
    '阿哥',
    '阿爷',
    '阿嫲',
    '哥',
    '姐',
    '弟',
    '妹',
  ],
  // A boyfriend or girlfriend is not family: listed so 男朋友 is not read past.
  friend: [
    '男朋友',
    '女朋友',
    '男友',
    '女友',
    '朋友',
    '哥们儿',
    '哥们',
    '兄弟',
    '同学',
    '闺蜜',
    '室友',
    '舍友',
    '发小',
    '老乡',
  ],
  colleague: [
    '同事',
    '领导',
    '老板',
    '下属',
    '秘书',
    '助理',
    '员工',
    '上司',
    '经理',
    '店员',
    '伙计',
    '前台',
    '收银员',
  ],
  neighbour: ['邻居', '街坊', '隔壁邻居', '隔壁'],
  other: ['保姆', '司机', '护工', '家政', '阿姨'],
};

const ROLE_OF = new Map<string, Role>();
for (const [role, words] of Object.entries(WORDS) as Array<[Role, string[]]>) {
  for (const w of words) ROLE_OF.set(w, role);
}
/** Any relation word at all: a cheap gate before the relation patterns below. */
export const RELATION_WORD = phraseFamily('relation-words', 'any', [...ROLE_OF.keys()], {
  negatable: false,
});

/**
 * "这是我老公的号" contains "是我"; these shadow HOLDER_YES (same lexicon group)
 * so that a relative's answer is not read as "it's me".
 */
export const OWNER_MENTION = phraseFamily(
  'identity',
  'owner-mention',
  [...[...ROLE_OF.keys()].flatMap((w) => [`是我${w}`, `系我${w}`]), '是我们', '是我家', '系我哋'],
  { negatable: false },
);

// Longest first so that 妈妈 wins over 妈 and 表哥 over 哥.
const REL = [...ROLE_OF.keys()].sort((a, b) => b.length - a.length).join('|');

/** Cantonese 系 (是), 嘅 (的), 佢 (他/她) and 我哋 (我们) in the same places. */
const IS = '[是系]';
const OF = '[的嘅]';
const THIRD = '他|她|佢';

/** "我是他朋友", "我是机主的爱人", "我俩哥们儿", "我们是同事": the speaker is REL. */
const SPEAKER_IS = [
  new RegExp(`我${IS}(?:${THIRD}|机主|这个号码|这个手机|这个号)?(?:${OF}|家${OF}?)?(${REL})`, 'g'),
  new RegExp(`(?:我俩|我们俩|我们|我哋)(?:${IS})?(${REL})`, 'g'),
  // "我是照顾老人的护工", "我是他们家请的保姆": what the speaker does for the household, then REL.
  new RegExp(`我${IS}[^,。?]{1,8}${OF}(${REL})(?=[,。?]|$)`, 'g'),
];
/** "我是给老板开车的", "我帮他看店的": the speaker works for the holder. */
const WORKS_FOR = new RegExp(
  `我${IS}?(?:给|帮|替)(?:${THIRD}|${REL})(?:开车|打工|干活|看店|看门|做饭)${OF}`,
  'g',
);
/**
 * "这是我老公的号", "是我爱人的", "他是我哥": the holder is the speaker's REL. ASR drops
 * punctuation, so "是我爱人的不过…" ends the phrase at a conjunction as well as at a mark.
 */
const HOLDER_IS = [
  new RegExp(
    `(?:我们?|我哋|${IS}我?)(?:家)?(${REL})${OF}(?:手机|号|电话|卡|[,。]|$|不过|但|可是|平时|现在)`,
    'g',
  ),
  new RegExp(`(?:${THIRD}|机主)${IS}我(?:${OF})?(${REL})`, 'g'),
];
/** "号是我在用，不过在我爸名下": registration outweighs who uses the phone. */
const REGISTERED_TO = [
  new RegExp(`(?:我们?|是)(?:家)?(${REL})(?:的)?(?:名下|名字|身份证|实名)`, 'g'),
  new RegExp(`(?:登记|实名|办)在(?:我们?)?(?:家)?(${REL})`, 'g'),
  // "我老公办的，我在用": the REL set the number up; not "我给我儿子办的" (the speaker did).
  new RegExp(`(?<!给)(?:我们?|是)(?:家)?(${REL})(?:给我)?办的`, 'g'),
];
/** Agent's guess, confirmed or denied by the customer's reply: "你是她的孩子是吧?". */
const AGENT_GUESS = new RegExp(`(?:您|你)是(?:他|她|机主)?(?:的)?(${REL})`, 'g');
const AGE = new RegExp(`我(?:才|今年|刚)?(${NUMBER_PATTERN})岁`, 'g');

const INVERSE: Partial<Record<Role, Role>> = { parent: 'child', child: 'parent' };

export interface RoleMention {
  role: Role;
  word: string;
}

function collect(text: string, patterns: RegExp[], inverse: boolean): RoleMention[] {
  const out: RoleMention[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const role = ROLE_OF.get(m[1])!;
      out.push({ role: inverse ? (INVERSE[role] ?? role) : role, word: m[0] });
    }
  }
  return out;
}

/** Roles the customer states for themselves in `text` (normalised): "我是他朋友". */
export function selfRoles(text: string): RoleMention[] {
  const works = [...text.matchAll(WORKS_FOR)].map((m) => ({ role: 'other' as Role, word: m[0] }));
  return [...collect(text, SPEAKER_IS, false), ...works];
}

/**
 * The speaker's role read off whose phone it is: "这是我妈妈的手机" → child.
 * Only meaningful as an answer to "are you the holder?"; elsewhere "我儿子的手机"
 * is just talk about another phone.
 */
export function rolesFromOwner(text: string): RoleMention[] {
  return collect(text, HOLDER_IS, true);
}

/**
 * "其实这是我表哥的号": said of this very number, so it counts wherever it is said, not
 * only as the answer to the identity question (unlike "我儿子的手机也…").
 */
const THIS_NUMBER_IS = [
  new RegExp(
    `这(?:个)?(?:号码?|手机|电话|卡)?(?:其实|本来|实际上)?${IS}(?:我们?|我哋)?(?:家)?(${REL})${OF}`,
    'g',
  ),
];

export function rolesFromThisNumber(text: string): RoleMention[] {
  return collect(text, THIS_NUMBER_IS, true);
}

/** The speaker's role read off whose name the number is registered in. */
export function rolesFromRegistration(text: string): RoleMention[] {
  return collect(text, REGISTERED_TO, true);
}

/** Roles the agent proposes in a question. */
export function guessedRoles(agentText: string): RoleMention[] {
  return collect(agentText, [AGENT_GUESS], false);
}

/** A stated age under 18 ("我才十二岁"). */
export function statedMinorAge(text: string): string | null {
  if (!text.includes('岁')) return null;
  for (const m of text.matchAll(AGE)) {
    const age = parseNumber(m[1]);
    if (age !== null && age < 18) return m[0];
  }
  return null;
}
