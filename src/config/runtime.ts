/**
 * The Node.js lines the service supports. Node 20 reached end of life in April 2026 and
 * dependencies in the tree (nestjs-pino, file-type) already require 22.12+; the project
 * pins its own Node (the `node` devDependency) so `npm start` and `npm test` run on it.
 */
export const SUPPORTED_NODE = '^22.12.0 || >=24.0.0';

/** True when `version` (e.g. `v24.21.0`) is on a supported line. */
export function isSupportedNode(version: string): boolean {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  if (major === 22) return minor >= 12;
  return major >= 24;
}

/** One start-up line naming the runtime, with a warning when it is unsupported. */
export function runtimeLine(version: string = process.version): string {
  return isSupportedNode(version)
    ? `  Runtime: Node ${version}`
    : `  Runtime: Node ${version} — unsupported, needs ${SUPPORTED_NODE} (run through npm scripts)`;
}
