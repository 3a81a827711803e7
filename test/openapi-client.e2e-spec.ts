import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { liveFile, startClientApp, typeCheck } from './helpers/openapi-client.js';

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

describe('OpenAPI document as shipped: typed client, its teeth, redocly lint', () => {
  let dir: string;
  let docFile: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, docFile, close } = await startClientApp());
  });
  afterAll(() => close());

  it('generates a client with openapi-typescript that type-checks against real calls', async () => {
    writeFileSync(join(dir, 'client.ts'), CLIENT);
    expect(typeCheck(dir, 'client.ts')).toEqual([]);
  });

  it('rejects a body that drifts from the document: the check has teeth', () => {
    const fits = {
      id: 1,
      status: 'ready',
      filename: 'l.csv',
      progress: 1,
      counts: { input: 3, invalid: 1, duplicates: 0, blacklisted: 1, exported: 1 },
      error: null,
      createdAt: '2026-11-10T06:35:00.000Z',
      finishedAt: '2026-11-10T06:35:01.000Z',
      uploadedBy: { id: 2, name: '王经理' },
      rejectedRows: true,
    };
    const { counts: _dropped, ...withoutCounts } = fits;
    const variants = {
      fits,
      unknownStatus: { ...fits, status: 'done' },
      undocumentedField: { ...fits, bytesRead: 10 },
      missingField: withoutCounts,
    };
    const problems = Object.entries(variants).map(([name, body]) => {
      const file = `drift-${name}.ts`;
      const at = { name, path: '/api/dial-lists/{id}', method: 'get', status: 200, body };
      writeFileSync(join(dir, file), liveFile([at]));
      return [name, typeCheck(dir, file).join('\n')];
    });
    expect(Object.fromEntries(problems)).toEqual({
      fits: '',
      unknownStatus: expect.stringMatching(/"done"/),
      undocumentedField: expect.stringMatching(/bytesRead/),
      missingField: expect.stringMatching(/counts/),
    });
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
