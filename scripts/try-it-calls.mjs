// Writes the call bodies of the README's "Try it" section, dated today: the dev
// cases' valid MUSIC10 sale (D01) and its confirmation call (D22), with the trial
// end date the agent says moved to match a sale made now (the checker compares them).
//   node scripts/try-it-calls.mjs sale            > sale.json
//   node scripts/try-it-calls.mjs confirm <trialId> <n> > confirm-<n>.json
import { readFileSync } from 'node:fs';

const TRIAL_DAYS = 30;
const TZ = process.env.CENTRE_TZ ?? 'Asia/Shanghai';
const cases = JSON.parse(readFileSync(new URL('../test/fixtures/dev-cases.json', import.meta.url)));
const call = (id) => structuredClone(cases.find((c) => c.id === id).call);
const spoken = (d) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: TZ, month: 'numeric', day: 'numeric' }).format(d);
const retell = (body, from, to) => JSON.parse(JSON.stringify(body).replaceAll(from, to));

const [kind, trialId, n] = process.argv.slice(2);
const now = Date.now();
const saleAt = new Date(now - 10 * 60_000);
const trialEnd = new Date(saleAt.getTime() + (TRIAL_DAYS - 1) * 86_400_000);
let body;
if (kind === 'sale') {
  body = retell(call('D01'), '12月9日', spoken(trialEnd));
  Object.assign(body, { externalId: `TRY-SALE-${now}`, startedAt: saleAt.toISOString() });
} else if (kind === 'confirm' && trialId && n) {
  body = retell(retell(call('D22'), '11月18日', spoken(trialEnd)), '10月20日', spoken(saleAt));
  Object.assign(body, {
    externalId: `TRY-CONFIRM-${n}-${now}`,
    phone: call('D01').phone,
    trialId: Number(trialId),
    startedAt: new Date(now - (3 - Number(n)) * 60_000).toISOString(),
  });
} else {
  console.error('usage: try-it-calls.mjs sale | confirm <trialId> <1|2>');
  process.exit(2);
}
process.stdout.write(JSON.stringify(body));
