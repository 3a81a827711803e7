import { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_PHONE_INPUT_LENGTH } from '../phone/normalize-phone.js';
/**
 * Phone numbers are personal data: every log line and every logged error
 * passes through this before it is written. It masks a mainland mobile in every
 * spelling the normaliser accepts — +86/0086/86 and trunk 0 prefixes, any of
 * its separators between digits (spaces, dashes, dots, slashes, brackets, '+'
 * as a query-string space), full-width digits and percent-encoding — keeping
 * only the first 3 and last 4 digits.
 */
// The normaliser drops any number of separators, so a run as long as its input
// bound allows is still one number ("135 -- 1234 -- 5678" was logged unmasked).
const SEP = `[\\s\\-.()/+\\u2010-\\u2015\\u2212\\u30FB]{0,${MAX_PHONE_INPUT_LENGTH - 11}}`;
const D = `${SEP}(\\d)`;
const MOBILE = new RegExp(
  `(?<!\\d)(?:(?:(?:\\+|00)${SEP})?86${SEP})?(?:0${SEP})?(1)${SEP}([3-9])${D}${D}${D}${D}${D}${D}${D}${D}${D}(?!\\d)`,
  'g',
);
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const MAX_DEPTH = 8;

export function maskPhonesInText(text: string): string {
  return readable(text).replace(MOBILE, (...m: string[]) => masked(m));
}

/**
 * Masks the numbers in words people said or typed and leaves every other
 * character as it was (a full-width comma stays full-width): each number found
 * in the full-width-folded copy, which keeps every index, is replaced in place.
 */
export function maskPhonesInProse(text: string): string {
  let out = '';
  let from = 0;
  for (const m of fullWidthFolded(text).matchAll(MOBILE)) {
    out += text.slice(from, m.index) + masked(m);
    from = m.index + m[0].length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A MOBILE match's eleven digit groups as 138****8000. */
function masked(m: ArrayLike<string>): string {
  const d = Array.from(m).slice(1, 12).join('');
  return `${d.slice(0, 3)}****${d.slice(7)}`;
}

/** Deeply masks string values of a log object (errors included) without mutating it. */
export function maskPhonesDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPhonesInText(value);
  if (value === null || typeof value !== 'object') return value;
  // Past this depth a value is not worth logging, and returning it raw could leak.
  if (depth > MAX_DEPTH) return '[nested too deep]';
  if (value instanceof Error) return maskError(value, depth);
  // pino-http's req/res pass through untouched: cloning the ServerResponse dropped its
  // prototype getters (headersSent), so every request line logged statusCode null.
  // Their serializers keep only method, masked URL and status.
  if (value instanceof ServerResponse || value instanceof IncomingMessage) return value;
  if (Array.isArray(value)) return value.map((v) => maskPhonesDeep(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      maskPhonesDeep(v, depth + 1),
    ]),
  );
}

/**
 * An error as pino's serializer would print it (type, message, stack and own
 * fields such as a QueryFailedError's `query` and `parameters`), masked.
 */
function maskError(err: Error, depth: number): Record<string, unknown> {
  const own = Object.fromEntries(
    Object.entries(err).map(([k, v]) => [k, maskPhonesDeep(v, depth + 1)]),
  );
  return {
    ...own,
    type: err.name,
    message: maskPhonesInText(err.message),
    stack: err.stack === undefined ? undefined : maskPhonesInText(err.stack),
    ...(err.cause === undefined ? {} : { cause: maskPhonesDeep(err.cause, depth + 1) }),
  };
}

/** Percent-decoded and full-width folded, so a number hidden by either is seen (and masked). */
function readable(text: string): string {
  const decoded = text.replace(PERCENT_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) =>
        String.fromCharCode(parseInt(h, 16)),
      );
    }
  });
  return fullWidthFolded(decoded);
}

/** One character for one: indices in the folded text are indices in the original. */
function fullWidthFolded(text: string): string {
  return text.replace(FULL_WIDTH, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}
