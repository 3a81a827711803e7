import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const eslint = new ESLint({ cwd: process.cwd() });
const lint = async (file: string, code: string) =>
  (await eslint.lintText(code, { filePath: join(process.cwd(), file) }))[0].messages.map(
    (m) => m.ruleId,
  );

const baseline = () =>
  JSON.parse(readFileSync('scripts/lint/module-boundaries.baseline.json', 'utf8')) as Record<
    string,
    string[]
  >;

describe('npm run lint: modules do not import each other’s entities', () => {
  it('fails a new import of another module’s entity', async () => {
    const code = "import { Call } from '../calls/call.entity.js';\nexport const x = Call;\n";
    expect(await lint('src/reports/new-back-door.ts', code)).toContain(
      'boundaries/no-foreign-entities',
    );
  });

  it('lets a module import its own entities and another module’s front door', async () => {
    const own = "import { Call } from './call.entity.js';\nexport const x = Call;\n";
    const front =
      "import { evaluateCall } from '../compliance/index.js';\nexport const y = evaluateCall;\n";
    expect(await lint('src/calls/own.ts', own)).not.toContain('boundaries/no-foreign-entities');
    expect(await lint('src/reports/front.ts', front)).not.toContain(
      'boundaries/no-foreign-entities',
    );
  });

  it('still accepts the listed back doors that predate the rule (the list may only shrink)', async () => {
    // Any listed entry will do: the list shrinks as front doors replace them.
    const [listed] = Object.entries(baseline()).flatMap(([file, specs]) =>
      specs.map((spec) => ({ file, spec })),
    );
    if (!listed) return; // every back door is closed: nothing left to accept
    const code = `import * as listed from '${listed.spec}';\nexport const x = listed;\n`;
    expect(await lint(listed.file, code)).not.toContain('boundaries/no-foreign-entities');
  });

  it('lists only back doors that still exist, so a fixed one must leave the list', () => {
    const stale = Object.entries(baseline()).flatMap(([file, specs]) =>
      specs
        .filter((spec) => !readFileSync(file, 'utf8').includes(`'${spec}'`))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(stale).toEqual([]);
  });

  it('keeps qa off the tables of calls and auth: it asks their front doors (issue 15)', () => {
    const sources = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
        .map((f) => join(dir, f));
    const tables = [...sources('src/calls'), ...sources('src/auth')].flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/@Entity\('([a-z_]+)'/g)].map((m) => m[1]),
    );
    expect(tables).toEqual(expect.arrayContaining(['calls', 'call_standard_results', 'users']));
    // A table named in quotes (a query builder's from/join) or after an SQL keyword.
    const named = sources('src/qa').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return tables
        .filter((t) =>
          new RegExp(`['"\`]${t}['"\`]|\\b(FROM|JOIN|INTO|UPDATE)\\s+"?${t}\\b`).test(text),
        )
        .map((t) => `${file}: ${t}`);
    });
    expect(named).toEqual([]);
  });
});
