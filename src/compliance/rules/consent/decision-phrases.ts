import { phraseFamily } from '../../text/lexicon.js';

/** Confirmation calls: the customer keeps the product. */
export const CONTINUE = phraseFamily('decision', 'continue', [
  '继续开着',
  '接着用吧',
  '还想用',
  '要继续',
  '留着用',
  '不用退',
  '不退订',
  '继续用',
  '继续使用',
  '继续吧',
  '继续',
  '接着用',
  '还用',
  '还要',
  '保留',
  '留着',
  '不取消',
  '别取消',
  '不用取消',
  '不退',
  '先用着',
  '用着吧',
  '还是用',
  '照常用',
  '照用',
]);

/** Confirmation calls: the customer drops the product. */
export const CANCEL = phraseFamily('decision', 'cancel', [
  '给我停了',
  '停了吧',
  '不想要',
  '不用继续',
  '自己退',
  '自己取消',
  '取消掉',
  '不要继续',
  '取消',
  '不用了',
  '不要了',
  '不继续',
  '不想继续',
  '不再继续',
  '不再使用',
  '不用继续',
  '退订',
  '退掉',
  '退了',
  '关掉',
  '关了',
  '停掉',
  '不想用了',
  '不想要了',
  '用不上',
  '不需要了',
  '帮我退',
  '不续',
  '别续',
  // Cantonese: 唔要 (不要), 唔用 (不用), 唔续 (不续).
  '唔要',
  '唔用',
  '唔续',
]);

export const DECISION_HEDGE = phraseFamily(
  'decision',
  'hedge',
  [
    '考虑',
    '想想',
    '再说',
    '随便',
    '看着办',
    '都行',
    '无所谓',
    '不确定',
    '不知道',
    '商量',
    '再看看',
  ],
  { negatable: false },
);

/** "你继续说" keeps the call going, it does not keep the product. */
export const DECISION_NEUTRAL = phraseFamily(
  'decision',
  'neutral',
  ['继续说', '继续讲', '你继续', '您继续'],
  {
    negatable: false,
  },
);
