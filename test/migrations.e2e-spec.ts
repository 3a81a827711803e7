import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/** The schema as the database reports it: tables and their index names. */
async function schemaOf(ds: DataSource): Promise<Record<string, string[]>> {
  const runner = ds.createQueryRunner();
  try {
    // SQLite's own bookkeeping (sqlite_sequence) is not part of the schema.
    const names = (await runner.getTables())
      .map((t) => t.name.split('.').pop()!)
      .filter((name) => !name.startsWith('sqlite_'));
    const tables = await runner.getTables(names);
    return Object.fromEntries(
      tables
        .map((t) => [t.name.split('.').pop()!, t.indices.map((i) => i.name!).sort()] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  } finally {
    await runner.release();
  }
}

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('each one reverts, and the schema they build again is the same', async () => {
    const ds = t.app.get(DataSource);
    const built = await schemaOf(ds);
    expect(built.qa_sample_items).toEqual(['ix_qa_items_open_assignee', 'uq_qa_items_run_call']);

    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(Object.keys(await schemaOf(ds))).toEqual(['migrations']);

    await ds.runMigrations({ transaction: 'each' });
    expect(await schemaOf(ds)).toEqual(built);
  });
});
