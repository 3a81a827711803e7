import { EntityManager } from 'typeorm';
import { quotedTable } from '../../database/bulk-sql.js';
import type { ItemRow } from './run-view.js';
import { SampleItem } from './sample-item.entity.js';

/** What every item of a run has in common. */
export interface ItemsOfRun {
  runId: number;
  tier: string;
  period: string;
  dueAt: Date;
  createdAt: Date;
}

export type NewItem = Pick<
  ItemRow,
  'callId' | 'agentCode' | 'reason' | 'assigneeId' | 'assigneeName'
>;

const SHARED_COLUMNS = ['run_id', 'tier', 'period', 'status', 'due_at', 'created_at'] as const;
const ITEM_COLUMNS = ['call_id', 'agent_code', 'reason', 'assignee_id', 'assignee_name'] as const;
const SQLITE_CHUNK = 500;

function shared(run: ItemsOfRun): unknown[] {
  return [
    run.runId,
    run.tier,
    run.period,
    'open',
    run.dueAt.toISOString(),
    run.createdAt.toISOString(),
  ];
}

function own(item: NewItem): unknown[] {
  return [item.callId, item.agentCode, item.reason, item.assigneeId, item.assigneeName];
}

/** Distinct values numbered from 1 in order of first sight, so each item sends a small integer instead of a string. */
function numberOf<T>(numbers: Map<T, number>, value: T): number {
  let n = numbers.get(value);
  if (n === undefined) numbers.set(value, (n = numbers.size + 1));
  return n;
}

/**
 * One statement: the run's shared values once, each item as integers (call id
 * and positions in small arrays of agents, reasons and assignees, 0 being
 * null) sent as comma-separated text. Escaping and sending ten thousand
 * strings per column cost more than the insert itself. Ids come back as one
 * string in call-id order, which is the items' order.
 */
async function insertOnPostgres(
  tx: EntityManager,
  table: string,
  run: ItemsOfRun,
  items: NewItem[],
): Promise<number[]> {
  const agents = new Map<string, number>();
  const reasons = new Map<string, number>();
  const assignees = new Map<number, number>();
  const names: (string | null)[] = [];
  let callIds = '';
  let agentNumbers = '';
  let reasonNumbers = '';
  let assigneeNumbers = '';
  // The four lists in one pass: building them with map and join cost ten milliseconds a draw.
  for (let i = 0; i < items.length; i++) {
    const { callId, agentCode, reason, assigneeId, assigneeName } = items[i];
    const sep = i === 0 ? '' : ',';
    callIds += sep + callId;
    agentNumbers += sep + numberOf(agents, agentCode);
    reasonNumbers += sep + numberOf(reasons, reason);
    if (assigneeId !== null && !assignees.has(assigneeId)) names.push(assigneeName);
    assigneeNumbers += sep + (assigneeId === null ? 0 : numberOf(assignees, assigneeId));
  }
  const ints = (param: number) => `string_to_array($${param}, ',')::int[]`;
  const [{ ids }] = (await tx.query(
    `WITH u AS (SELECT * FROM unnest(${ints(7)}, ${ints(8)}, ${ints(9)}, ${ints(10)}) ` +
      `AS u(call_id, agent, reason, assignee)), ` +
      `written AS (INSERT INTO ${table} (${[...SHARED_COLUMNS, ...ITEM_COLUMNS].join(', ')}) ` +
      `SELECT $1, $2, $3, $4, $5, $6, u.call_id, ($11::text[])[u.agent], ($12::text[])[u.reason], ` +
      `($13::int[])[u.assignee], ($14::text[])[u.assignee] FROM u RETURNING id, call_id) ` +
      `SELECT string_agg(CAST(id AS TEXT), ',' ORDER BY call_id) AS ids FROM written`,
    [
      ...shared(run),
      callIds,
      agentNumbers,
      reasonNumbers,
      assigneeNumbers,
      [...agents.keys()],
      [...reasons.keys()],
      [...assignees.keys()],
      names,
    ],
  )) as { ids: string }[];
  return ids.split(',').map(Number);
}

/** Chunks of rows; the transaction holds the write lock, so a chunk's AUTOINCREMENT ids end at the last one. */
async function insertOnSqlite(
  tx: EntityManager,
  table: string,
  run: ItemsOfRun,
  items: NewItem[],
): Promise<number[]> {
  const columns = [...SHARED_COLUMNS, ...ITEM_COLUMNS];
  const common = shared(run);
  const row = `(${columns.map(() => '?').join(', ')})`;
  const ids: number[] = [];
  for (let i = 0; i < items.length; i += SQLITE_CHUNK) {
    const chunk = items.slice(i, i + SQLITE_CHUNK);
    const lastId = (await tx.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => row).join(', ')}`,
      chunk.flatMap((item) => [...common, ...own(item)]),
    )) as number;
    for (let k = 0; k < chunk.length; k++) ids.push(lastId - chunk.length + 1 + k);
  }
  return ids;
}

/**
 * Writes a run's open items with plain multi-row INSERTs and returns them with
 * their ids: a daily run may hold ten thousand items, and per-entity inserts
 * would cost more than the whole draw. Items come in ascending call-id order
 * (the draw's canonical order).
 */
export async function writeItems(
  tx: EntityManager,
  run: ItemsOfRun,
  items: NewItem[],
): Promise<ItemRow[]> {
  if (items.length === 0) return [];
  for (let i = 1; i < items.length; i++)
    if (items[i].callId <= items[i - 1].callId)
      throw new RangeError('Sample items must be written in ascending call-id order');
  const table = quotedTable(tx, SampleItem);
  const ids =
    tx.connection.options.type === 'postgres'
      ? await insertOnPostgres(tx, table, run, items)
      : await insertOnSqlite(tx, table, run, items);
  // Fields listed rather than spread: spreading ten thousand objects costs tens of milliseconds in V8.
  return items.map((item, i) => ({
    id: ids[i],
    callId: item.callId,
    agentCode: item.agentCode,
    reason: item.reason,
    assigneeId: item.assigneeId,
    assigneeName: item.assigneeName,
    status: 'open' as const,
    dueAt: run.dueAt,
    reviewedAt: null,
    reviewId: null,
  }));
}
