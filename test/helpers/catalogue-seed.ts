import { ADMIN_TOKEN, bearer, type TestApp } from './test-app.js';

const PRODUCTS = JSON.parse(
  (await import('node:fs')).readFileSync(
    new URL('../fixtures/dev-products.json', import.meta.url),
    'utf8',
  ),
) as {
  agents: { code: string; name: string; team: string }[];
  products: {
    code: string;
    name: string;
    monthlyFeeCents: number;
    trialDays: number | null;
    cancelMethod: string;
    scripts: { version: string; purpose: string; text: string }[];
  }[];
};

/** Seeds the development catalogue (agents, products, approved scripts) through the public API. */
export async function seedDevCatalogue(t: TestApp): Promise<void> {
  const admin = bearer(ADMIN_TOKEN);
  for (const agent of PRODUCTS.agents)
    await t.http().post('/api/agents').set(admin).send(agent).expect(201);
  for (const { scripts, ...product } of PRODUCTS.products) {
    await t.http().post('/api/products').set(admin).send(product).expect(201);
    for (const script of scripts) {
      await t
        .http()
        .post(`/api/products/${product.code}/scripts`)
        .set(admin)
        .send(script)
        .expect(201);
      await t
        .http()
        .post(`/api/products/${product.code}/scripts/${script.version}/approve`)
        .set(admin)
        .expect(200);
    }
  }
}
