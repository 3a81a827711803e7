/**
 * PostgreSQL cannot store a NUL character in text (nor in jsonb), and SQLite
 * silently cuts a string at one, so no client value may carry it: a body field,
 * a query value or a path segment with a NUL is a 400 naming the field, on
 * both dialects alike, before any service or query sees it.
 */
const NUL = '\u0000';

/** The dotted path of the first string (or object key) holding a NUL, or null. */
export function nulFieldIn(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) return at;
    const found = nulFieldIn(inner, at, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
