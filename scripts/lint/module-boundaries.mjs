// ESLint rule: a module's entities are its own. Code in src/<a>/ may not import
// src/<b>/**/*.entity.ts; it asks module b through what b exports (a service, a
// read model, an event). The imports that did so before the rule existed are
// listed in module-boundaries.baseline.json: that list may only shrink.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');
const baseline = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'module-boundaries.baseline.json'), 'utf8'),
);

function moduleOf(file) {
  const rel = path.relative(SRC, file);
  return rel.startsWith('..') ? null : rel.split(path.sep)[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const noForeignEntities = {
  meta: {
    type: 'problem',
    messages: {
      foreign:
        "Module '{{from}}' imports module '{{to}}'s entity {{what}}: use what '{{to}}' exports instead (its service, read model or events).",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = moduleOf(file);
    if (!from) return {};
    const allowed = new Set(baseline[path.relative(ROOT, file).split(path.sep).join('/')] ?? []);
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      const to = moduleOf(target);
      if (!to || to === from || !/\.entity\.[jt]s$/.test(target)) return;
      if (allowed.has(spec)) return;
      context.report({ node: node.source, messageId: 'foreign', data: { from, to, what: spec } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { 'no-foreign-entities': noForeignEntities } };
