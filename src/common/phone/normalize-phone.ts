import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
// Imported explicitly through the package's own export (rather than via
// 'libphonenumber-js/max'), whose internal '….json.js' import Jest's '.js'
// module mapper would rewrite into a bare JSON import.
import maxMetadata from 'libphonenumber-js/max/metadata';

export { E164_KEY_OFFSET, phoneFromKey, phoneKey } from './phone-key.js';

/**
 * One spelling-independent form per subscriber, shared by every module:
 * - mainland mobiles → 11 digits ('13800138000'), whatever the spelling;
 * - any other valid number (mainland landlines included) → E.164 ('+861012345678');
 * - anything else → null.
 *
 * Mobiles are recognised by their digits before libphonenumber is consulted, so
 * every spelling of a mobile maps to the same value even when the full metadata
 * would call its block unassigned: the blacklist invariant depends on spelling
 * independence, not on validity.
 */
const PLAIN_MOBILE = /^1[3-9]\d{9}$/;
/** Full-width forms of ASCII (U+FF01–FF5E) sit at a fixed offset from ASCII. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
/** `\s` also covers U+3000 (ideographic space) and U+FEFF (BOM). */
const EDGE_NOISE = /^[\s"'`\u201C\u201D\u2018\u2019]+|[\s"'`\u201C\u201D\u2018\u2019]+$/g;
const SEPARATORS = /[\s\-.()/\u2010-\u2015\u2212\u30FB]/g;
/** '+' or the mainland IDD prefix '00' mark an international spelling. */
const COMPACT = /^(\+|00)?(\d{3,18})$/;
/** '86' country code and/or '0' trunk prefix in front of a mobile. */
const DOMESTIC_MOBILE = /^(?:86)?0?(1[3-9]\d{9})$/;
const INTERNATIONAL_MOBILE = /^860?(1[3-9]\d{9})$/;
/** Longer input is not a phone number (and the log masker bounds its separator runs by it). */
export const MAX_PHONE_INPUT_LENGTH = 64;

export function normalizePhone(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  // Fast path: the overwhelmingly common spelling needs no parser at all.
  if (raw.length === 11 && PLAIN_MOBILE.test(raw)) return raw;
  if (raw.length > MAX_PHONE_INPUT_LENGTH) return null;

  const cleaned = toAscii(raw).replace(EDGE_NOISE, '');
  const compact = COMPACT.exec(cleaned.replace(SEPARATORS, ''));
  let candidate = cleaned;
  if (compact !== null) {
    const international = compact[1] !== undefined;
    const digits = compact[2];
    const mobile = (international ? INTERNATIONAL_MOBILE : DOMESTIC_MOBILE).exec(digits);
    if (mobile !== null) return mobile[1];
    candidate = international ? `+${digits}` : digits;
  }
  return viaLibphonenumber(candidate);
}

/**
 * For logs: '138****8000'. Keeps the first 3 and last 4 digits of the
 * normalised form (so every spelling masks alike), or of the raw digits when
 * the input is not a valid number; shorter digit strings are masked entirely.
 */
export function maskPhone(phone: string): string {
  const normalized = typeof phone === 'string' ? normalizePhone(phone) : null;
  if (normalized === null) return maskDigits(toAscii(String(phone ?? '')).replace(/\D/g, ''));
  return normalized.startsWith('+')
    ? `+${maskDigits(normalized.slice(1))}`
    : maskDigits(normalized);
}

function maskDigits(digits: string): string {
  if (digits.length < 8) return '*'.repeat(digits.length);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}

function toAscii(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET));
}

/**
 * The non-throwing parser on purpose: the throwing form rejects some 179…
 * inputs (IP-dialling carrier prefixes) with an exception instead of a result.
 * Full metadata ('max') so that validity is checked against real number
 * ranges rather than lengths only; this path is rare, so its cost is fine.
 */
function viaLibphonenumber(candidate: string): string | null {
  const parsed = parsePhoneNumberFromString(candidate, 'CN', maxMetadata);
  if (parsed === undefined) return null;
  // Carrier prefixes (17951…, 12593…) and extensions still reach a mobile.
  if (parsed.countryCallingCode === '86' && PLAIN_MOBILE.test(parsed.nationalNumber)) {
    return parsed.nationalNumber;
  }
  return parsed.isValid() ? parsed.number : null;
}
