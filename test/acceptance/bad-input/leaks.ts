import { PLANTED_PHONE } from './corpus.js';

/** What an error body must never show a client: stack frames, SQL, driver errors, our paths. */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat [\w$.<>]+ \(?[^)\s]*:\d+:\d+\)?/],
  ['source location', /\.(?:ts|js|mjs):\d+/],
  ['node_modules', /node_modules/],
  ['SQL', /\b(?:SELECT\b[\s\S]{1,200}\bFROM|INSERT INTO|UPDATE\s+"?\w+"?\s+SET|DELETE FROM)\b/i],
  [
    'driver error',
    /QueryFailedError|SQLITE_|TypeORM|syntax error at or near|violates [\w -]*constraint|duplicate key|invalid byte sequence|value too long for type|out of range for type/i,
  ],
];

/** The first kind of internal detail the body shows, or null. */
export function leakIn(body: string, internalPaths: string[]): string | null {
  for (const path of internalPaths) if (body.includes(path)) return `internal path ${path}`;
  for (const [what, re] of LEAKS) if (re.test(body)) return what;
  return null;
}

/**
 * Log text as a reader would see the number in it: JSON escapes, percent-encoding
 * and full-width digits undone, so a spelling hidden by any of them is still found.
 */
function readable(text: string): string {
  const unescaped = text.replace(/\\u([0-9a-fA-F]{4})/g, (_m, h: string) =>
    String.fromCharCode(parseInt(h, 16)),
  );
  const decoded = unescaped.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) =>
        String.fromCharCode(parseInt(h, 16)),
      );
    }
  });
  return decoded.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Each log line that shows the planted number's 11 digits with at most three
 * non-digits (spaces, dots, dashes, '+', brackets, …) between any two of them.
 */
export function unmaskedPhoneLines(logs: string): string[] {
  const re = new RegExp(PLANTED_PHONE.split('').join('[^0-9*]{0,3}'));
  return logs.split('\n').filter((line) => re.test(readable(line)));
}
