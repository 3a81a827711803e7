import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Client, expectStatus } from './http.js';

const devProducts = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/dev-products.json'), 'utf8'),
) as { products: { scripts: { version: string }[] }[] };

/**
 * The catalogue every flow needs before a call is accepted (README "Try it", step 1):
 * agent A001, product MUSIC10 (10 元/month, 30-day trial) and its approved marketing
 * (v3) and confirmation (c1) scripts.
 */
export async function seedCatalogue(admin: Client): Promise<void> {
  expectStatus(await admin('POST', '/api/agents', { code: 'A001', name: '李娜', team: 'T1' }), 201);
  expectStatus(
    await admin('POST', '/api/products', {
      code: 'MUSIC10',
      name: '咪咕音乐白金会员',
      monthlyFeeCents: 1000,
      trialDays: 30,
      cancelMethod: '编辑短信TD发送到10658888，或拨打10086',
    }),
    201,
  );
  for (const version of ['v3', 'c1']) {
    const script = devProducts.products[0].scripts.find((s) => s.version === version);
    expectStatus(await admin('POST', '/api/products/MUSIC10/scripts', script), 201);
    const approved = await admin('POST', `/api/products/MUSIC10/scripts/${version}/approve`);
    if (approved.status >= 300) expectStatus(approved, 200);
  }
}

export interface Account {
  id: number;
  token: string;
}

let serial = 0;
/** A user of `role` created by an admin over the API, with the API token it is issued. */
export async function createAccount(
  admin: Client,
  role: string,
  extra: Record<string, string> = {},
): Promise<Account> {
  serial += 1;
  const res = expectStatus(
    await admin('POST', '/api/users', { name: `${role} ${serial}`, role, ...extra }),
    201,
  );
  return { id: res.body.id, token: res.body.token };
}
