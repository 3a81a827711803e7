import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { startTestApp, type TestApp } from './test-app.js';

export interface ClientApp {
  t: TestApp;
  /** A temporary folder holding openapi.json and the client generated from it, api.ts. */
  dir: string;
  docFile: string;
  close: () => Promise<void>;
}

/** Starts the app and generates, once, the client every test compiles against from the served document. */
export async function startClientApp(): Promise<ClientApp> {
  const t = await startTestApp();
  const dir = mkdtempSync(join(tmpdir(), 'openapi-client-'));
  const docFile = join(dir, 'openapi.json');
  writeFileSync(docFile, JSON.stringify((await t.http().get('/api/docs-json').expect(200)).body));
  writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(new URL(`file://${docFile}`))));
  const close = async () => {
    await t.close();
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  };
  return { t, dir, docFile, close };
}

/** Compiles files against the generated `api.ts` as a client author would; returns tsc's complaints. */
export function typeCheck(dir: string, file: string): string[] {
  const program = ts.createProgram([join(dir, file)], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/**
 * Live bodies as typed constants: each real response, pasted as an object
 * literal, must fit the generated type of its operation. Literals get excess
 * property checks, so a field the service sends but the document lacks fails
 * as surely as a wrong type, a missing required field or an undeclared enum value.
 */
export function liveFile(
  bodies: { name: string; path: string; method: string; status: number; body: unknown }[],
) {
  const head = `import type { paths } from './api.js';
type Json<P extends keyof paths, M extends keyof paths[P], C extends number> =
  paths[P][M] extends { responses: { [K in C]: { content: { 'application/json': infer B } } } }
    ? B
    : never;
`;
  return (
    head +
    bodies
      .map(
        (b) =>
          `export const ${b.name}: Json<'${b.path}', '${b.method}', ${b.status}> = ${JSON.stringify(b.body, null, 1)};`,
      )
      .join('\n')
  );
}
