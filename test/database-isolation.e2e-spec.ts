import { DataSource } from 'typeorm';
import { Agent } from '../src/catalogue/agent.entity.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * What one request writes inside a transaction is invisible to the others
 * until it commits, and a rollback takes back only its own writes — on SQLite
 * too, where every request shares one connection (see SqliteTransactionQueue).
 */
describe('transactions are isolated from concurrent requests', () => {
  let t: TestApp;
  let db: DataSource;
  const agent = (code: string) => ({ code, name: code, createdAt: new Date() });
  const count = (code: string) => db.getRepository(Agent).countBy({ code });

  /** A transaction that writes, then holds until released, then commits or fails. */
  function openTransaction(code: string, outcome: 'commit' | 'rollback') {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const done = db.transaction(async (tx) => {
      await tx.getRepository(Agent).save(agent(code));
      written();
      await held;
      if (outcome === 'rollback') throw new Error('rolled back on purpose');
    });
    return { wrote, release, done };
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('a read made during a transaction never sees rows it then rolls back', async () => {
    const tx = openTransaction('ISO-1', 'rollback');
    await tx.wrote;
    const during = count('ISO-1');
    tx.release();
    await expect(tx.done).rejects.toThrow('rolled back on purpose');
    expect(await during).toBe(0);
    expect(await count('ISO-1')).toBe(0);
  });

  it('a rollback does not take back a save another request made meanwhile', async () => {
    const tx = openTransaction('ISO-2', 'rollback');
    await tx.wrote;
    const other = db.getRepository(Agent).save(agent('ISO-3'));
    const otherQuery = db.query('SELECT 1 AS one');
    tx.release();
    await expect(tx.done).rejects.toThrow('rolled back on purpose');
    await other;
    await otherQuery;
    expect(await count('ISO-2')).toBe(0);
    expect(await count('ISO-3')).toBe(1);
  });

  it('overlapping transactions commit independently', async () => {
    const first = openTransaction('ISO-4', 'rollback');
    const second = db.transaction((tx) => tx.getRepository(Agent).save(agent('ISO-5')));
    await first.wrote;
    first.release();
    await expect(first.done).rejects.toThrow();
    await second;
    expect(await count('ISO-4')).toBe(0);
    expect(await count('ISO-5')).toBe(1);
  });
});
