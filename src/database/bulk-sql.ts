import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** The entity's table as raw SQL must name it: schema-qualified and quoted for this dialect. */
export function quotedTable(m: EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  return m.connection
    .getMetadata(entity)
    .tablePath.split('.')
    .map((part) => m.connection.driver.escape(part))
    .join('.');
}

/** Well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement. */
const MAX_PARAMS = 30_000;

/** Rows per INSERT on SQLite (see insertSqlite). */
const SQLITE_ROWS = 250;

/**
 * A value's SQL literal when SQLite stores it exactly as the binding would:
 * null, a boolean (bound as 1/0), a 32-bit integer (the binding sends larger
 * ones as doubles, so those stay bound); otherwise null.
 */
function sqliteLiteral(value: unknown): string | null {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' && (value | 0) === value && !Object.is(value, -0))
    return String(value);
  return null;
}

/**
 * Plain parameterised SQL for the bulk paths (importing calls, opening
 * thousands of trials per second): TypeORM's query builder spends more time
 * naming 10,000 parameters than the database spends inserting the rows.
 * `insert` takes values already in their stored form (timestamps as ISO text,
 * JSON as text); `insertEntities` converts entities the way TypeORM would.
 */
export class BulkSql {
  private readonly postgres: boolean;

  constructor(private readonly tx: EntityManager) {
    this.postgres = tx.connection.options.type === 'postgres';
  }

  table(entity: EntityTarget<ObjectLiteral>): string {
    return quotedTable(this.tx, entity);
  }

  placeholders(count: number, from = 0): string {
    return Array.from({ length: count }, (_, i) => (this.postgres ? `$${from + i + 1}` : '?')).join(
      ', ',
    );
  }

  async insert(
    entity: EntityTarget<ObjectLiteral>,
    columns: string[],
    rows: unknown[][],
  ): Promise<void> {
    const head = `INSERT INTO ${this.table(entity)} (${columns.join(', ')}) VALUES `;
    if (!this.postgres) return this.insertSqlite(head, rows, SQLITE_ROWS);
    const perStatement = Math.floor(MAX_PARAMS / columns.length);
    for (let i = 0; i < rows.length; i += perStatement) {
      const chunk = rows.slice(i, i + perStatement);
      const values = chunk
        .map((_, r) => `(${this.placeholders(columns.length, r * columns.length)})`)
        .join(', ');
      await this.tx.query(head + values, chunk.flat());
    }
  }

  /**
   * The sqlite3 binding converts each bound value on the main thread, and a
   * number or null costs it several times what a string does (it tries
   * RegExp and Date first), so integers, booleans and nulls go into the SQL
   * text as literals — exactly what binding them stores — and only strings
   * and other values are bound. Statements stay at a few hundred rows: the
   * binding's cost per value grows with the statement's size.
   */
  private async insertSqlite(head: string, rows: unknown[][], perStatement: number) {
    for (let i = 0; i < rows.length; i += perStatement) {
      const params: unknown[] = [];
      let sql = head;
      for (let r = i; r < Math.min(rows.length, i + perStatement); r++) {
        sql += r === i ? '(' : ', (';
        const row = rows[r];
        for (let c = 0; c < row.length; c++) {
          if (c > 0) sql += ', ';
          const literal = sqliteLiteral(row[c]);
          if (literal === null) {
            sql += '?';
            params.push(row[c]);
          } else sql += literal;
        }
        sql += ')';
      }
      await this.tx.query(sql, params);
    }
  }

  /**
   * Entities inserted with every column but a generated one, each value
   * converted by TypeORM's own driver (transformers, JSON columns), so the
   * rows read back exactly as if `save` had written them.
   */
  async insertEntities<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    objects: T[],
  ): Promise<void> {
    const metadata = this.tx.connection.getMetadata(entity);
    const driver = this.tx.connection.driver;
    const columns = metadata.columns.filter((c) => !c.isGenerated);
    await this.insert(
      entity,
      columns.map((c) => c.databaseName),
      objects.map((o) => columns.map((c) => driver.preparePersistentValue(c.getEntityValue(o), c))),
    );
  }

  /** Rows whose `column` is one of `values` (at most a few thousand values). */
  async whereIn<T>(
    entity: EntityTarget<ObjectLiteral>,
    select: string,
    column: string,
    values: unknown[],
  ): Promise<T[]> {
    if (values.length === 0) return [];
    return this.tx.query(
      `SELECT ${select} FROM ${this.table(entity)} WHERE ${column} IN (${this.placeholders(values.length)})`,
      values,
    );
  }
}
