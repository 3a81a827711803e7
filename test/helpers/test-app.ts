import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withPg } from './test-pg.js';
import request from 'supertest';
import type { Role } from '../../src/common/access/roles.js';
import { createApp } from '../../src/bootstrap.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export type Dialect = 'sqlite' | 'postgres';

/** The dialect of this Jest project: `e2e` runs on SQLite, `e2e-pg` on PostgreSQL. */
export function dialect(): Dialect {
  return process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
}

export interface TestApp {
  app: NestExpressApplication;
  dataDir: string;
  /** The PostgreSQL schema of this app's database (postgres dialect only). */
  schema?: string;
  env: Record<string, string>;
  http: () => ReturnType<typeof request>;
  /** Creates a user with the role and returns its bearer token. */
  tokenFor(role: Role, name?: string, agentCode?: string): Promise<string>;
  /** Creates a person with a username and password, plus a bearer token for API calls. */
  accountFor(role: Role, name?: string, agentCode?: string): Promise<Account>;
  /** Signs the account in at the console and returns the `qa_session=…` cookie pair. */
  sessionFor(account: Account): Promise<string>;
  /** Stops the app; `keepData` leaves the database for a restart with `startTestApp(env, reuse)`. */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export interface Account {
  id: number;
  username: string;
  password: string;
  token: string;
}

let accounts = 0;

/** Restart on the same database: pass the `dataDir` and `schema` of the app that was closed. */
export interface ReuseDatabase {
  dataDir: string;
  schema?: string;
}

/**
 * Boots the real application (same module graph, pipes, guards and filters as
 * production) on a fresh database — a new SQLite file or a new PostgreSQL
 * schema, migrated at start like production — so test files never share rows.
 */
export async function startTestApp(
  extraEnv: Record<string, string> = {},
  reuse?: ReuseDatabase,
): Promise<TestApp> {
  const dataDir = reuse?.dataDir ?? mkdtempSync(join(tmpdir(), 'qa-e2e-'));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    ADMIN_API_TOKEN: ADMIN_TOKEN,
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  let schema: string | undefined = reuse?.schema;
  if (dialect() === 'postgres') {
    if (!schema) {
      schema = `e2e_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      await withPg((c) => c.query(`CREATE SCHEMA "${schema}"`));
    }
    env.DATABASE_URL = process.env.TEST_DATABASE_URL!;
  }
  const app = await createApp({ env, postgresSchema: schema });
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    dataDir,
    schema,
    env,
    http: () => request(server),
    async tokenFor(role, name = `${role} user`, agentCode) {
      const res = await request(server)
        .post('/api/users')
        .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
        .send({ name, role, ...(agentCode ? { agentCode } : {}) })
        .expect(201);
      return res.body.token as string;
    },
    async accountFor(role, name = `${role} user`, agentCode) {
      const username = `${role.replace('_', '-')}-${++accounts}`;
      const password = `pw-${username}-${Math.random().toString(36).slice(2)}`;
      const user = await request(server)
        .post('/api/users')
        .set(bearer(ADMIN_TOKEN))
        .send({ name, role, username, password, ...(agentCode ? { agentCode } : {}) })
        .expect(201);
      const token = await request(server)
        .post(`/api/users/${user.body.id}/tokens`)
        .set(bearer(ADMIN_TOKEN))
        .send({ name: 'tests' })
        .expect(201);
      return { id: user.body.id, username, password, token: token.body.token };
    },
    async sessionFor({ username, password }) {
      const res = await request(server)
        .post('/console/session')
        .set(CONSOLE_FORM)
        .send({ username, password })
        .expect(200);
      const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
      return cookies.find((c) => c.startsWith('qa_session='))!.split(';')[0];
    },
    async close(options = {}) {
      await app.close();
      if (options.keepData) return;
      if (schema) await withPg((c) => c.query(`DROP SCHEMA "${schema}" CASCADE`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The header the console's scripts send with every change (and with sign-in). */
export const CONSOLE_FORM = { 'X-Requested-With': 'qa-console' };
