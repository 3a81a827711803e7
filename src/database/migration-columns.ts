import type { QueryRunner, TableColumnOptions } from 'typeorm';

/** Column builders for migrations, so every migration runs unchanged on SQLite and PostgreSQL. */
export const col = {
  id: (): TableColumnOptions => ({
    name: 'id',
    type: 'integer',
    isPrimary: true,
    isGenerated: true,
    generationStrategy: 'increment',
  }),
  int: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'integer',
    isNullable: nullable,
  }),
  bigint: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'bigint',
    isNullable: nullable,
  }),
  str: (name: string, length = 255, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
  }),
  text: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'text',
    isNullable: nullable,
  }),
  bool: (name: string, defaultValue = false): TableColumnOptions => ({
    name,
    type: 'boolean',
    default: defaultValue,
  }),
  timestamp: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: '24',
    isNullable: nullable,
  }),
  localDate: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: '10',
    isNullable: nullable,
  }),
};

/** A table's name for raw SQL: on PostgreSQL the configured schema is named, since search_path need not point at it. */
export function tableRef(q: QueryRunner, table: string): string {
  const schema = (q.connection.options as { schema?: string }).schema;
  return schema ? `"${schema}"."${table}"` : table;
}

/** The driver's placeholder for the n-th (1-based) query parameter. */
export function param(q: QueryRunner, n: number): string {
  return q.connection.options.type === 'postgres' ? `$${n}` : '?';
}
