import { Api, FatalError, failure, listOf, log } from './api.js';
import type { Catalogue } from './types.js';

export async function loadAgents(api: Api, catalogue: Catalogue): Promise<void> {
  const existing = await api.json('GET', '/api/agents');
  if (existing.status !== 200) throw new FatalError(failure('GET /api/agents', existing));
  const known = new Set(listOf(existing).map((a) => String(a.code)));
  let created = 0;
  for (const agent of catalogue.agents) {
    if (known.has(agent.code)) continue;
    const reply = await api.json('POST', '/api/agents', agent);
    if (reply.status === 201) created++;
    // 409: created concurrently since we listed; the goal state holds either way.
    else if (reply.status !== 409) throw new FatalError(failure(`agent ${agent.code}`, reply));
  }
  log(`agents: ${created} created, ${catalogue.agents.length - created} already there`);
}

export async function loadProducts(api: Api, catalogue: Catalogue): Promise<void> {
  const listed = await api.json('GET', '/api/products');
  if (listed.status !== 200) throw new FatalError(failure('GET /api/products', listed));
  const existing = new Map(listOf(listed).map((p) => [p.code, p]));
  let created = 0;
  for (const { scripts: _scripts, ...product } of catalogue.products) {
    const stored = existing.get(product.code);
    if (stored) {
      // The labels assume the fixture's fee, trial and cancel method; say so if they differ.
      for (const key of ['monthlyFeeCents', 'trialDays', 'cancelMethod'] as const) {
        if (stored[key] !== product[key]) {
          log(
            `  warning: product ${product.code} ${key} is ${JSON.stringify(stored[key])} on the server, ${JSON.stringify(product[key])} in the fixtures`,
          );
        }
      }
      continue;
    }
    const reply = await api.json('POST', '/api/products', product);
    if (reply.status === 201) created++;
    else if (reply.status !== 409) throw new FatalError(failure(`product ${product.code}`, reply));
  }
  log(`products: ${created} created, ${catalogue.products.length - created} already there`);
}

export async function loadScripts(api: Api, catalogue: Catalogue): Promise<void> {
  const counts = { created: 0, existing: 0, approved: 0, alreadyApproved: 0, drafts: 0 };
  for (const product of catalogue.products) {
    const route = `/api/products/${encodeURIComponent(product.code)}/scripts`;
    const listed = await api.json('GET', route);
    if (listed.status !== 200) throw new FatalError(failure(`scripts of ${product.code}`, listed));
    const stored = new Map(listOf(listed).map((s) => [String(s.version), s]));
    for (const script of product.scripts) {
      const label = `${product.code} ${script.version}`;
      let status = stored.get(script.version)?.status as string | undefined;
      if (status === undefined) {
        const { approved: _approved, ...body } = script;
        const reply = await api.json('POST', route, body);
        if (reply.status === 201) {
          counts.created++;
          status = 'draft';
        } else if (reply.status === 409) {
          counts.existing++;
        } else {
          throw new FatalError(failure(`script ${label}`, reply));
        }
      } else {
        counts.existing++;
        if (stored.get(script.version)?.text !== script.text) {
          log(`  warning: script ${label} on the server differs from the fixture text`);
        }
      }
      if (script.approved === false) {
        counts.drafts++;
        continue;
      }
      if (status === 'approved' || status === 'superseded') {
        counts.alreadyApproved++;
        continue;
      }
      const reply = await api.json(
        'POST',
        `${route}/${encodeURIComponent(script.version)}/approve`,
      );
      if (reply.status === 200 || reply.status === 201) counts.approved++;
      // 409 = superseded by a later approval: it was approved once, which is what counts.
      else if (reply.status === 409) counts.alreadyApproved++;
      else throw new FatalError(failure(`approve ${label}`, reply));
    }
  }
  log(
    `scripts: ${counts.created} created, ${counts.existing} already there; ` +
      `${counts.approved} approved now, ${counts.alreadyApproved} already approved, ${counts.drafts} kept as draft`,
  );
}
