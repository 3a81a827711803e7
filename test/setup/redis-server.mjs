// Plain JavaScript so Jest's globalSetup (loaded natively, untransformed) and the
// e2e files (which start their own Redis to wipe or stop it) share one helper.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A throwaway Redis that keeps nothing on disk; its owner may flush or kill it freely. */
export async function startRedis(port) {
  const p = port ?? (await freePort());
  const proc = spawn(
    'redis-server',
    ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await canConnect(p)) return { url: `redis://127.0.0.1:${p}`, port: p, proc };
    await new Promise((r) => setTimeout(r, 50));
  }
  proc.kill();
  throw new Error(`redis-server did not start on port ${p}`);
}

function canConnect(port) {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1');
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

/** Stops a throwaway Redis and waits until it has gone, so the test run can exit at once. */
export async function stopRedis(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill();
  const forced = setTimeout(() => proc.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}
