import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/** A typed caller written the way a client author would, against the generated `paths`. */
const CLIENT = `
import type { paths } from './api.js';
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];
export type CallsList = Ok<'/api/calls', 'get'>;
export type TrialOutcome = Ok<'/api/trials/{id}/confirmations/{step}/outcome', 'post'>;
const id: CallsList extends { parameters: unknown } ? true : false = true;
export const checked: TrialOutcome extends { parameters: { path: { id: number | string } } } ? true : false = true;
export default id;

// Response bodies are typed, not unknown: a wrong field name or verdict fails tsc.
type Json<P extends keyof paths, M extends keyof paths[P], C extends number> =
  paths[P][M] extends { responses: { [K in C]: { content: { 'application/json': infer B } } } }
    ? B
    : never;
type Call = Json<'/api/calls/{id}', 'get', 200>;
type Trial = Json<'/api/trials/{id}/confirmations/{step}/outcome', 'post', 200>;
export function verdictOf(call: Call): 'valid' | 'invalid' | 'needs_review' {
  return call.finalVerdict.status;
}
export function stepOutcomes(trial: Trial): (string | null)[] {
  return trial.confirmations.map((s) => s.outcome);
}
export function identityAgreement(
  review: Json<'/api/qa/reviews/{id}', 'get', 200>,
): ['pass' | 'fail', 'agree' | 'disagree' | 'checker_unknown'] {
  return [review.rules.identity, review.agreement.identity];
}
export const firstAgent = (agents: Json<'/api/agents', 'get', 200>): string => agents[0].code;
`;

describe('OpenAPI document as shipped: typed client and redocly lint', () => {
  let t: TestApp;
  let dir: string;
  let docFile: string;

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'openapi-client-'));
    docFile = join(dir, 'openapi.json');
    writeFileSync(docFile, JSON.stringify((await t.http().get('/api/docs-json').expect(200)).body));
  });
  afterAll(async () => {
    await t.close();
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  });

  it('generates a client with openapi-typescript that type-checks against real calls', async () => {
    const ast = await openapiTS(new URL(`file://${docFile}`));
    writeFileSync(join(dir, 'api.ts'), astToString(ast));
    writeFileSync(join(dir, 'client.ts'), CLIENT);
    const program = ts.createProgram([join(dir, 'client.ts')], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });

  it('passes redocly lint with the recommended rules', () => {
    const cli = join(process.cwd(), 'node_modules/@redocly/cli/bin/cli.js');
    // execFileSync throws (failing the test with redocly's report) on a non-zero exit.
    const out = execFileSync(
      process.execPath,
      [cli, 'lint', docFile, '--extends=recommended', '--format=summary'],
      { encoding: 'utf8', stdio: 'pipe' },
    );
    expect(out).not.toMatch(/error /);
  });
});
