/**
 * A customer's explicit "stop calling me" (不要再给我打电话). Deliberately a small
 * phrase family, not negation-aware: a false positive only blacklists a number
 * that complained, a false negative keeps calling someone who said no.
 */
const PHRASES = [
  '不要再给我打电话',
  '不要给我打电话',
  '别给我打电话',
  '别再给我打',
  '不要再给我打',
  '别再打了',
  '别再打电话',
  '不要再打',
  '不要打了',
  '以后别打',
  '以后不要打',
  '再也不要打',
  '拒绝来电',
  '拒接来电',
  '不要再联系我',
  '别再联系我',
  '不接受推销',
  '不需要再打',
];

/** Spaces and punctuation removed, so "别 再 打 了！" matches too. */
const NOISE = /[\s\p{P}\p{S}]/gu;

export function mentionsOptOut(...texts: (string | null | undefined)[]): boolean {
  return texts.some((text) => {
    if (!text) return false;
    const compact = text.replace(NOISE, '');
    return PHRASES.some((p) => compact.includes(p));
  });
}
