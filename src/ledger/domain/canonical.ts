import { hash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth and `undefined` members left
 * out: one text per value, whatever order its keys were built in or read back
 * from a database in, so its hash is stable across processes and dialects.
 * Every sale of a bulk import goes through here, and its payload is built with
 * its keys already in order: a value that needs no reordering (checked without
 * copying it) goes straight to the native serialiser, which then writes the
 * same text; any other value is copied in key order first.
 */
export function canonicalJson(value: unknown): string {
  if (inKeyOrderAlready(value)) return JSON.stringify(value);
  return JSON.stringify(inKeyOrder(value)) ?? 'null';
}

function inKeyOrder(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new RangeError(`canonicalJson: ${value} has no JSON form`);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(inKeyOrder);
  const record = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) ordered[key] = inKeyOrder(record[key]);
  return ordered;
}

/**
 * True when JSON.stringify(value) is already the canonical text: only
 * strings, finite numbers, booleans, nulls, arrays and plain objects whose
 * keys come in strictly ascending order, none of them undefined or
 * integer-like (an engine orders those itself). Anything else — a Date, a
 * class instance, an undefined member — takes the copying path.
 */
function inKeyOrderAlready(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (Array.isArray(value)) {
    for (const item of value) if (item === undefined || !inKeyOrderAlready(item)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const record = value as Record<string, unknown>;
  let previous: string | null = null;
  for (const key in record) {
    if ((previous !== null && !(previous < key)) || startsWithDigit(key)) return false;
    const member = record[key];
    if (member === undefined || !inKeyOrderAlready(member)) return false;
    previous = key;
  }
  return true;
}

/** Over-cautious on purpose: "1a" is not integer-like, but it only takes the copying path. */
function startsWithDigit(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** One-shot hashing: for the small texts of a ledger entry, a third of createHash's cost. */
export function sha256Hex(data: string | Buffer): string {
  return hash('sha256', data, 'hex');
}
