import { IncomingMessage, ServerResponse } from 'node:http';
/**
 * Phone numbers are personal data: every log line passes through this before it
 * is written. Matches mainland mobiles in the usual spellings (+86, 0086,
 * spaces, dashes, percent-encoded "+") and keeps only the first 3 and last 4 digits.
 */
const MOBILE = /(?<![\d])(?:(?:\+|%2B|00)?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?![\d])/gi;

export function maskPhonesInText(text: string): string {
  return text.replace(
    MOBILE,
    (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`,
  );
}

/** Deeply masks string values of a log object without mutating it. */
export function maskPhonesDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPhonesInText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return value;
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
