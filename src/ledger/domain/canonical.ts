import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth and `undefined` members left
 * out: one text per value, whatever order its keys were built in or read back
 * from a database in, so its hash is stable across processes and dialects.
 * The keys are put in order first and the native serialiser does the rest:
 * every sale of a bulk import goes through here.
 */
export function canonicalJson(value: unknown): string {
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

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
