/**
 * Small helpers for aggregate read SQL (the weekly report's facts), which runs unchanged on SQLite
 * and PostgreSQL. Constants from our own code are inlined as literals (never
 * user input): the planners then see them as fixed and pick the covering index.
 */
export function sqlList(values: readonly string[]): string {
  for (const v of values)
    if (!/^[A-Za-z0-9_-]+$/.test(v)) throw new Error(`Not a plain SQL literal: ${v}`);
  return values.map((v) => `'${v}'`).join(', ');
}

/** A local date computed by reportWeek, checked again before it is inlined. */
export function sqlDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Not a date: ${date}`);
  return `'${date}'`;
}

/** PostgreSQL returns COUNT and SUM as strings (bigint), SQLite as numbers; SUM of nothing is null. */
export function num(value: unknown): number {
  return value == null ? 0 : Number(value);
}

export function idOrNull(value: unknown): number | null {
  return value == null ? null : Number(value);
}
