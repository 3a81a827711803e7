import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve('src');

/** Every relative import of the shipped code (specs left out), as [from, to] paths under src/. */
function importsOfSrc(): [string, string][] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'),
  );
  return files.flatMap((file) =>
    [...readFileSync(join(SRC, file), 'utf8').matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)].map(
      ([, spec]): [string, string] => [file, relative(SRC, resolve(SRC, dirname(file), spec))],
    ),
  );
}

/** The layer of each module, read from the table in docs/architecture.md, so the two agree. */
function layers(): Map<string, number> {
  const doc = readFileSync('docs/architecture.md', 'utf8');
  return new Map([...doc.matchAll(/^\| (\d+) +\| `(\w+)` +\|/gm)].map(([, n, m]) => [m, +n]));
}

/** The subfolders of one module that sit on an import cycle, with the imports that close it. */
function cycles(edges: Map<string, Set<string>>): string[] {
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    [...(edges.get(from) ?? [])].some(
      (next) => next === to || (!seen.has(next) && seen.add(next) && reaches(next, to, seen)),
    );
  return [...edges].flatMap(([from, tos]) =>
    [...tos].filter((to) => reaches(to, from)).map((to) => `${from} → ${to}`),
  );
}

describe('imports point one way', () => {
  const imports = importsOfSrc();
  const moduleOf = (path: string) => (path.includes('/') ? path.split('/')[0] : null);

  it('between modules: only down the layer table of docs/architecture.md', () => {
    const layer = layers();
    expect(layer.size).toBeGreaterThan(10);
    const upward = imports.filter(([from, to]) => {
      const [a, b] = [moduleOf(from), moduleOf(to)];
      return a && b && a !== b && layer.get(b)! >= layer.get(a)!;
    });
    expect(upward.map(([from, to]) => `${from} → ${to}`)).toEqual([]);
  });

  it("between a module's subfolders: no cycle", () => {
    const perModule = new Map<string, Map<string, Set<string>>>();
    for (const [from, to] of imports) {
      const [mod, sub, rest] = from.split('/');
      const [toMod, toSub, toRest] = to.split('/');
      // Files at a module's root (its module file, entities, config) are not a subfolder.
      if (!rest || !toRest || mod !== toMod || sub === toSub) continue;
      const edges = perModule.get(mod) ?? new Map<string, Set<string>>();
      perModule.set(mod, edges.set(sub, (edges.get(sub) ?? new Set()).add(toSub)));
    }
    const found = [...perModule].flatMap(([mod, edges]) =>
      cycles(edges).map((edge) => `${mod}: ${edge}`),
    );
    expect(found).toEqual([]);
  });
});
