import type { EntityManager } from 'typeorm';

/**
 * SQL for one key of a JSON object stored as text (JsonColumn), as text, on
 * this database: json_extract on SQLite, ->> on PostgreSQL. The key is ours
 * (a registry id), never user input; anything but a plain identifier is refused.
 */
export function jsonKeySql(m: EntityManager, column: string, key: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(key)) throw new Error(`not a JSON key we write: ${key}`);
  return m.connection.options.type === 'postgres'
    ? `(CAST(${column} AS json) ->> '${key}')`
    : `json_extract(${column}, '$.${key}')`;
}
