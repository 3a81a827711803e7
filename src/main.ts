import { AppConfig } from './config/app-config.js';
import { EnvironmentError, validateEnvironment } from './config/environment.js';
import { createApp } from './bootstrap.js';
import { runtimeLine } from './config/runtime.js';

/** `--role=api|worker|all` overrides APP_ROLE. */
function environment(): Record<string, string | undefined> {
  const roleArg = process.argv.find((a) => a.startsWith('--role='));
  return roleArg
    ? { ...process.env, APP_ROLE: roleArg.slice('--role='.length) }
    : { ...process.env };
}

async function main(): Promise<void> {
  const env = environment();
  try {
    validateEnvironment(env);
  } catch (err) {
    if (err instanceof EnvironmentError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  // Say which Node runs the service: npm scripts put the pinned node_modules/.bin/node first.
  process.stdout.write(`${runtimeLine()}\n`);
  const app = await createApp({ env });
  const config = app.get(AppConfig);
  if (config.runsApi) {
    await app.listen(config.port, config.host);
    const base = config.publicUrl ?? `http://localhost:${config.port}`;
    process.stdout.write(
      `Service (${config.role}) listening on ${base}\n` +
        `  API docs: ${base}/api/docs   health: ${base}/api/health\n` +
        `  Database: ${config.database.type}${config.database.type === 'sqlite' ? ` (${config.database.path})` : ''}\n`,
    );
  } else {
    await app.init();
    process.stdout.write('Worker process started: queue processors and schedulers are running\n');
  }
}

main().catch((err) => {
  process.stderr.write(`Start-up failed: ${err?.stack ?? err}\n`);
  process.exit(1);
});
