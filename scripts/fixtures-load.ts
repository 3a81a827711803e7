/**
 * Loads recordings-fixtures/ into a RUNNING service over HTTP, then compares the
 * checker's verdict on every call with the fixture's hand-made `expected` labels.
 *
 *   npm run fixtures:load
 *   API_URL        base URL of the service (default http://127.0.0.1:3000)
 *   API_TOKEN      admin bearer token (falls back to ADMIN_API_TOKEN)
 *   FIXTURES_DIR   fixtures folder (default ./recordings-fixtures from the current directory)
 *
 * Re-running changes nothing: the catalogue is read first and only what is missing
 * is created or approved (the audit log records refused attempts too, so we avoid
 * making them), calls are idempotent by externalId on the server, and a recording is
 * uploaded only when the service does not already return the same bytes (a different
 * one already stored is reported: the service never replaces a recording).
 *
 * Exit code: 0 when every fixture's `valid` agrees; 1 when one disagrees or a call
 * could not be loaded; 2 when loading could not start (no token, service
 * unreachable, unreadable fixtures).
 */
import path from 'node:path';
import { Api, FatalError, log, readJson } from './fixtures-load/api.js';
import { loadCallFixtures, loadCalls } from './fixtures-load/calls.js';
import { loadAgents, loadProducts, loadScripts } from './fixtures-load/catalogue.js';
import { report } from './fixtures-load/report.js';
import type { Catalogue } from './fixtures-load/types.js';

async function main(): Promise<number> {
  const baseUrl = (process.env.API_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
  const token = process.env.API_TOKEN ?? process.env.ADMIN_API_TOKEN;
  const fixturesDir = path.resolve(
    process.env.FIXTURES_DIR ?? path.join(process.cwd(), 'recordings-fixtures'),
  );
  if (!token) throw new FatalError('set API_TOKEN (or ADMIN_API_TOKEN) to an admin bearer token');

  const catalogue = await readJson<Catalogue>(path.join(fixturesDir, 'catalogue.json'));
  const fixtures = await loadCallFixtures(path.join(fixturesDir, 'calls'));
  log(
    `fixtures: ${catalogue.agents.length} agents, ${catalogue.products.length} products, ${fixtures.length} calls from ${fixturesDir}`,
  );

  const api = new Api(baseUrl, token);
  await loadAgents(api, catalogue);
  await loadProducts(api, catalogue);
  await loadScripts(api, catalogue);
  const outcomes = await loadCalls(api, fixtures, path.join(fixturesDir, 'audio'));
  return report(outcomes) ? 0 : 1;
}

// `| head` closes stdout early; that is not a loading failure worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

try {
  process.exitCode = await main();
} catch (err) {
  if (!(err instanceof FatalError)) throw err;
  process.stderr.write(`fixtures:load: ${err.message}\n`);
  process.exitCode = 2;
}
