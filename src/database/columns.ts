import { Column, ColumnOptions, ValueTransformer } from 'typeorm';

/**
 * Timestamps are stored as fixed-width UTC ISO-8601 text ("2026-11-20T01:15:00.000Z").
 * SQLite has no timestamp type and PostgreSQL's differs in behaviour, so a text
 * column that sorts lexicographically in time order behaves the same on both,
 * stays readable for auditors querying the database, and indexes well.
 */
export const utcTimestamp: ValueTransformer = {
  to: (value: Date | string | null | undefined) =>
    value == null ? value : new Date(value).toISOString(),
  from: (value: string | null) => (value == null ? null : new Date(value)),
};

export function TimestampColumn(options: Omit<ColumnOptions, 'type' | 'length'> = {}) {
  return Column({ ...options, type: 'varchar', length: 24, transformer: utcTimestamp });
}

/** Local calendar date in the centre's time zone, 'YYYY-MM-DD'. */
export function LocalDateColumn(options: Omit<ColumnOptions, 'type' | 'length'> = {}) {
  return Column({ ...options, type: 'varchar', length: 10 });
}

/** JSON stored as text: identical on both dialects. */
export function JsonColumn(options: Omit<ColumnOptions, 'type'> = {}) {
  return Column({ ...options, type: 'simple-json' });
}

/** PostgreSQL returns BIGINT as string; we only use integers well below 2^53. */
export const bigintNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v == null ? null : Number(v)),
};
