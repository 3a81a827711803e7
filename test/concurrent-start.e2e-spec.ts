import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { migrate } from '../src/database/startup-lock.js';
import { ADMIN_TOKEN, bearer, dialect } from './helpers/test-app.js';
import { withPg } from './helpers/test-pg.js';

/**
 * Two processes started at once on an empty PostgreSQL database (a deployment
 * with several api and worker processes) used to collide in their migrations
 * (`duplicate key … pg_type_typname_nsp_index`) and in creating the admin.
 * SQLite is one file opened by one process, so only PostgreSQL is exercised.
 */
const describePg = dialect() === 'postgres' ? describe : describe.skip;

describePg('two processes starting at once on an empty PostgreSQL database', () => {
  const schemas: string[] = [];
  const dirs: string[] = [];
  const apps: NestExpressApplication[] = [];

  const freshSchema = async () => {
    const schema = `race_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await withPg((c) => c.query(`CREATE SCHEMA "${schema}"`));
    schemas.push(schema);
    return schema;
  };
  /** Two apps on one schema, created at once, then initialised at once (when bootstrap runs). */
  const startTwo = async (schema: string, env: Record<string, string>) => {
    const created = await Promise.all(
      [0, 1].map(() => {
        const dataDir = mkdtempSync(join(tmpdir(), 'qa-race-'));
        dirs.push(dataDir);
        return createApp({
          env: {
            DATA_DIR: dataDir,
            DATABASE_URL: process.env.TEST_DATABASE_URL!,
            REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
            LOG_LEVEL: 'warn',
            ...env,
          },
          postgresSchema: schema,
        });
      }),
    );
    apps.push(...created);
    await Promise.all(created.map((app) => app.init()));
    return created;
  };
  const admins = (schema: string) =>
    withPg(async (c) => {
      const res = await c.query<{ bootstrap: boolean }>(
        `SELECT bootstrap FROM "${schema}".users WHERE role = 'admin'`,
      );
      return res.rows;
    });

  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const schema of schemas) await withPg((c) => c.query(`DROP SCHEMA "${schema}" CASCADE`));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('two migration runs: both succeed, each migration applied once', async () => {
    const schema = await freshSchema();
    const sources = [0, 1].map(
      () =>
        new DataSource({
          type: 'postgres',
          url: process.env.TEST_DATABASE_URL,
          schema,
          migrations: MIGRATIONS,
        }),
    );
    try {
      await Promise.all(sources.map((ds) => ds.initialize()));
      await Promise.all(sources.map((ds) => migrate(ds)));
      const applied = await sources[0].query(`SELECT name FROM "${schema}".migrations`);
      expect(applied).toHaveLength(MIGRATIONS.length);
      expect(await sources[1].showMigrations()).toBe(false);
    } finally {
      await Promise.all(sources.map((ds) => ds.destroy()));
    }
  });

  it('two app instances with ADMIN_API_TOKEN: both start, one bootstrap admin, the token works on both', async () => {
    const schema = await freshSchema();
    const started = await startTwo(schema, { ADMIN_API_TOKEN: ADMIN_TOKEN });
    for (const app of started)
      await request(app.getHttpServer()).get('/api/users').set(bearer(ADMIN_TOKEN)).expect(200);
    expect(await admins(schema)).toEqual([{ bootstrap: true }]);
  });

  it('two app instances without ADMIN_API_TOKEN: one first admin is created, not two', async () => {
    const schema = await freshSchema();
    await startTwo(schema, {});
    expect(await admins(schema)).toEqual([{ bootstrap: false }]);
  });
});
