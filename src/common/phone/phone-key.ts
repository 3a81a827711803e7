/**
 * Integer keys for normalised phone numbers, so large sets can live in a
 * Float64Array instead of millions of strings.
 *
 * Scheme (documented because keys must never collide):
 * - an 11-digit mainland mobile '13800138000' → 13800138000 (range 1.3e10–2e10);
 * - an E.164 number '+85291234567' → 1e15 + 85291234567.
 * E.164 has at most 15 digits and never a leading zero, so E.164 keys are
 * unique and lie in [1e15, 2e15), disjoint from mobile keys, and all keys stay
 * below 2^53. The offset matters: without it '+1 415 555 0123' would share a
 * key with the (unassigned but well-formed) mobile '14155550123'.
 * A mainland mobile written in E.164 ('+8613800138000') gets the mobile's key.
 */
export const E164_KEY_OFFSET = 1e15;

const ZERO = 48;
const PLUS = 43;

/** Key of a value returned by `normalizePhone`; throws on anything else. */
export function phoneKey(normalized: string): number {
  const n = normalized.length;
  if (n === 11 && normalized.charCodeAt(0) === ZERO + 1) {
    const second = normalized.charCodeAt(1) - ZERO;
    if (second >= 3 && second <= 9) {
      const key = digitsValue(normalized, 0);
      if (key >= 0) return key;
    }
  } else if (n >= 3 && n <= 16 && normalized.charCodeAt(0) === PLUS) {
    // normalizePhone never writes a mobile as '+861…', but a value stored by
    // other code might: give it the mobile's key rather than a second one.
    if (n === 14 && normalized.startsWith('+861')) {
      const mobile = normalized.slice(3);
      if (mobile.charCodeAt(1) >= ZERO + 3) return phoneKey(mobile);
    }
    const digits = digitsValue(normalized, 1);
    if (digits > 0 && normalized.charCodeAt(1) !== ZERO) return E164_KEY_OFFSET + digits;
  }
  throw new RangeError(`not a normalised phone number: ${JSON.stringify(normalized)}`);
}

/** Inverse of `phoneKey`, for diagnostics and tests. */
export function phoneFromKey(key: number): string {
  return key >= E164_KEY_OFFSET ? `+${key - E164_KEY_OFFSET}` : String(key);
}

/** Decimal value of s[from..], or -1 if any character is not an ASCII digit. */
function digitsValue(s: string, from: number): number {
  let value = 0;
  for (let i = from; i < s.length; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
