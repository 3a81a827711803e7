/**
 * A LIKE pattern matching `text` anywhere, with its own % _ and \ taken
 * literally. Use with `LIKE :p ESCAPE '\'` (LIKE_ESCAPE) on both dialects;
 * lower-case the column and the text for a case-insensitive match, as
 * PostgreSQL's LIKE is case-sensitive and SQLite's is not.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const LIKE_ESCAPE = "ESCAPE '\\'";
