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
    const perStatement = Math.floor(MAX_PARAMS / columns.length);
    for (let i = 0; i < rows.length; i += perStatement) {
      const chunk = rows.slice(i, i + perStatement);
      const values = chunk
        .map((_, r) => `(${this.placeholders(columns.length, r * columns.length)})`)
        .join(', ');
      await this.tx.query(
        `INSERT INTO ${this.table(entity)} (${columns.join(', ')}) VALUES ${values}`,
        chunk.flat(),
      );
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
