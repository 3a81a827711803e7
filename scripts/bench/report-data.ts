/**
 * Synthetic calls and complaints for the weekly-report benchmark, as literal
 * multi-row INSERT statements (the values are ours, never user input). The
 * mix is plausible for an outbound centre: ~45% unanswered, ~12% sales of
 * which ~80% valid, 5% of calls not marketing, over 200 agents and 7 days.
 */
const DAYS = [
  '2026-11-16',
  '2026-11-17',
  '2026-11-18',
  '2026-11-19',
  '2026-11-20',
  '2026-11-21',
  '2026-11-22',
];
const OUTCOMES: [string, number][] = [
  ['no_answer', 30],
  ['busy', 8],
  ['unreachable', 5],
  ['suspended', 2],
  ['refused', 30],
  ['hung_up', 13],
  ['sale', 12],
];
const OUTCOME_BY_PERCENT = OUTCOMES.flatMap(([o, n]) => Array<string>(n).fill(o));
const STANDARDS = ['identity', 'comprehension', 'script', 'consent'];

export const CALL_COLUMNS = [
  'external_id',
  'content_hash',
  'agent_id',
  'agent_code',
  'product_id',
  'product_code',
  'phone',
  'purpose',
  'outcome',
  'started_at',
  'local_date',
  'duration_seconds',
  'auto_status',
  'auto_compliance',
  'engine_version',
  'evaluated_at',
  'final_status',
  'final_source',
  'sale_status',
  'created_at',
];

export interface BenchCatalogue {
  agents: { id: number; code: string }[];
  productId: number;
}

/** Deterministic, independent per salt: a 32-bit finaliser (murmur3 fmix) of i mixed with the salt. */
function spread(i: number, salt: number, mod: number): number {
  let h = Math.imul(i ^ Math.imul(salt, 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % mod;
}

function callFacts(i: number, cat: BenchCatalogue) {
  const agent = cat.agents[i % cat.agents.length];
  const day = DAYS[spread(i, 1, DAYS.length)];
  const purpose =
    spread(i, 2, 100) < 95 ? 'marketing' : spread(i, 3, 2) ? 'confirmation' : 'remedial';
  const outcome = OUTCOME_BY_PERCENT[spread(i, 4, 100)];
  const verdict = spread(i, 5, 100);
  const status =
    outcome !== 'sale'
      ? 'valid'
      : verdict < 80
        ? 'valid'
        : verdict < 95
          ? 'invalid'
          : 'needs_review';
  const failed = status === 'invalid' ? STANDARDS[verdict % 4] : null;
  const results = STANDARDS.map((s) =>
    s === failed ? 'fail' : status === 'needs_review' ? 'unknown' : 'pass',
  );
  const minute = spread(i, 6, 12 * 60);
  const startedAt = `${day}T${String(1 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
  const values = [
    `'BR-${i}'`,
    `'h${i}'`,
    agent.id,
    `'${agent.code}'`,
    cat.productId,
    `'FLOW20'`,
    `'139${String(i).padStart(8, '0')}'`,
    `'${purpose}'`,
    `'${outcome}'`,
    `'${startedAt}'`,
    `'${day}'`,
    60,
    `'${status}'`,
    `'{}'`,
    `'bench'`,
    `'${startedAt}'`,
    `'${status}'`,
    `'automatic'`,
    outcome === 'sale' ? (status === 'valid' ? `'activated'` : `'held'`) : 'NULL',
    `'${startedAt}'`,
  ];
  return { row: `(${values.join(',')})`, results };
}

/** The calls, then their per-standard results (call_standard_results, joined on the external id). */
export function callInserts(
  table: (name: string) => string,
  from: number,
  to: number,
  cat: BenchCatalogue,
): string[] {
  const rows: string[] = [];
  const results: string[] = [];
  for (let i = from; i < to; i++) {
    const facts = callFacts(i, cat);
    rows.push(facts.row);
    STANDARDS.forEach((s, k) => results.push(`('BR-${i}','${s}','${facts.results[k]}')`));
  }
  return [
    `INSERT INTO ${table('calls')} (${CALL_COLUMNS.join(',')}) VALUES ${rows.join(',')}`,
    `INSERT INTO ${table('call_standard_results')} (call_id, standard, result) ` +
      `SELECT c.id, v.column2, v.column3 FROM (VALUES ${results.join(',')}) AS v ` +
      `JOIN ${table('calls')} c ON c.external_id = v.column1`,
  ];
}

/** `count` complaints spread over the week, linked to agents, a third of them closed. */
export function complaintInserts(table: string, count: number, cat: BenchCatalogue): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const at = `${DAYS[i % 7]}T0${i % 10}:00:00.000Z`;
    const agent = i % 5 === 0 ? 'NULL' : `'${cat.agents[i % cat.agents.length].code}'`;
    const status = i % 3 === 0 ? 'closed' : 'received';
    return `('137${String(i).padStart(8, '0')}','minor','资费疑问','bench',${agent},'${status}','bench','${at}','${at}','${at}','${at}')`;
  });
  return (
    `INSERT INTO ${table} (phone, severity, category, description, agent_code, status, owner_name, ` +
    `received_at, first_contact_due_at, resolution_due_at, created_at) VALUES ${rows.join(',')}`
  );
}
