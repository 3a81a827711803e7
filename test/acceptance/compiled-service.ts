import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withPg } from '../helpers/test-pg.js';
import { freePort, startRedis } from '../setup/redis-server.mjs';

/**
 * The checkout whose dist/ is started: this one, or ACCEPTANCE_SERVICE_ROOT (another
 * worktree, e.g. an older commit, to see which cases fail on it).
 */
const ROOT = resolve(process.env.ACCEPTANCE_SERVICE_ROOT ?? resolve(import.meta.dirname, '../..'));
const MAIN = join(ROOT, 'dist/main.js');

/** The newest modification time under a folder, so a stale dist/ is rebuilt before it is tested. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** What users run is `tsc`'s output, so the suite builds it when src/ is newer than dist/. */
export function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(MAIN).mtimeMs;
  } catch {
    built = 0;
  }
  if (built > newestMtime(join(ROOT, 'src'))) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

export interface CompiledService {
  base: string;
  adminToken: string;
  /** Where its SQLite file lives (`app.sqlite`), and its PostgreSQL schema when on PostgreSQL. */
  dataDir: string;
  schema?: string;
  /** The service's own Redis, for tests that promote its delayed jobs. */
  redisUrl: string;
  logs: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `node dist/main.js` as a child process on a throwaway database (a fresh SQLite
 * folder, or a fresh PostgreSQL schema when TEST_DATABASE_URL is set) and the run's Redis.
 */
export async function startCompiledService(
  dialect: 'sqlite' | 'postgres',
  extraEnv: Record<string, string> = {},
): Promise<CompiledService> {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'acceptance-'));
  const port = await freePort();
  // Its own Redis, so its queues never meet another test's jobs.
  const redis = await startRedis();
  const adminToken = `acceptance-admin-${Math.random().toString(36).slice(2)}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    REDIS_URL: redis.url,
    ADMIN_API_TOKEN: adminToken,
    LOG_LEVEL: 'info',
    // A draw at start (catch-up) would race the test's own draws of the same days.
    QA_SCHEDULER: 'off',
    ...extraEnv,
  };
  let schema: string | undefined;
  if (dialect === 'postgres') {
    schema = `acc_${Date.now().toString(36)}_${port}`;
    await withPg((c) => c.query(`CREATE SCHEMA "${schema}"`));
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    env.DATABASE_URL = url.toString();
  }
  let output = '';
  const proc: ChildProcess = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: 'pipe' });
  proc.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(base, proc, () => output);
  return {
    base,
    adminToken,
    dataDir,
    schema,
    redisUrl: redis.url,
    logs: () => output,
    stop: async () => {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      redis.proc.kill();
      rmSync(dataDir, { recursive: true, force: true });
      if (schema) await withPg((c) => c.query(`DROP SCHEMA "${schema}" CASCADE`));
    },
  };
}

async function waitUntilHealthy(
  base: string,
  proc: ChildProcess,
  logs: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`dist/main.js exited ${proc.exitCode}:\n${logs()}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`dist/main.js never became healthy:\n${logs()}`);
}
