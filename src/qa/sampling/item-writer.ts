import { EntityManager } from 'typeorm';
import type { ItemRow } from './run-view.js';
import { SampleItem } from './sample-item.entity.js';

export type NewItem = Omit<ItemRow, 'id'> & {
  runId: number;
  tier: string;
  period: string;
  createdAt: Date;
};

const COLUMNS = [
  'run_id',
  'tier',
  'period',
  'call_id',
  'agent_code',
  'reason',
  'assignee_id',
  'assignee_name',
  'status',
  'due_at',
  'created_at',
] as const;
const PG_TYPES = [
  'int',
  'text',
  'text',
  'int',
  'text',
  'text',
  'int',
  'text',
  'text',
  'text',
  'text',
];
const SQLITE_CHUNK = 500;

function values(item: NewItem): unknown[] {
  return [
    item.runId,
    item.tier,
    item.period,
    item.callId,
    item.agentCode,
    item.reason,
    item.assigneeId,
    item.assigneeName,
    item.status,
    item.dueAt.toISOString(),
    item.createdAt.toISOString(),
  ];
}

/**
 * Writes a run's items with plain multi-row INSERTs and returns them with their
 * ids: a daily run may hold ten thousand items, and per-entity inserts would
 * cost more than the whole draw. PostgreSQL takes one statement of arrays
 * (unnest) and returns the ids; SQLite takes chunks, and since the transaction
 * holds the write lock, a chunk's AUTOINCREMENT ids end at the last one.
 */
export async function writeItems(tx: EntityManager, items: NewItem[]): Promise<ItemRow[]> {
  if (items.length === 0) return [];
  const table = tx.connection
    .getMetadata(SampleItem)
    .tablePath.split('.')
    .map((part) => `"${part}"`)
    .join('.');
  const ids: number[] = [];
  if (tx.connection.options.type === 'postgres') {
    const columns = COLUMNS.map((_, c) => items.map((item) => values(item)[c]));
    const unnest = PG_TYPES.map((type, c) => `$${c + 1}::${type}[]`).join(', ');
    const rows = (await tx.query(
      `INSERT INTO ${table} (${COLUMNS.join(', ')}) SELECT * FROM unnest(${unnest}) RETURNING id, call_id`,
      columns,
    )) as { id: number; call_id: number }[];
    const byCall = new Map(rows.map((r) => [Number(r.call_id), Number(r.id)]));
    for (const item of items) ids.push(byCall.get(item.callId)!);
  } else {
    const row = `(${COLUMNS.map(() => '?').join(', ')})`;
    for (let i = 0; i < items.length; i += SQLITE_CHUNK) {
      const chunk = items.slice(i, i + SQLITE_CHUNK);
      const lastId = (await tx.query(
        `INSERT INTO ${table} (${COLUMNS.join(', ')}) VALUES ${chunk.map(() => row).join(', ')}`,
        chunk.flatMap(values),
      )) as number;
      for (let k = 0; k < chunk.length; k++) ids.push(lastId - chunk.length + 1 + k);
    }
  }
  return items.map((item, i) => ({
    id: ids[i],
    callId: item.callId,
    agentCode: item.agentCode,
    reason: item.reason,
    assigneeId: item.assigneeId,
    assigneeName: item.assigneeName,
    status: item.status,
    dueAt: item.dueAt,
    reviewedAt: null,
    reviewId: null,
  }));
}
