/**
 * Call ids arrive as numbers or strings (a PostgreSQL bigint comes back as a
 * string), so every draw first puts the population into one canonical order:
 * numbers numerically, then strings by UTF-16 code unit. No locale-aware
 * comparison: `localeCompare` can differ between ICU versions, and a draw must
 * reproduce on the auditor's machine.
 */
export type CallId = string | number;

export function compareCallIds(a: CallId, b: CallId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Identity for comparing a stored item with a recomputed one: 42 and "42" are the same call. */
export function callIdKey(id: CallId): string {
  return String(id);
}

export class DuplicateCallError extends RangeError {
  constructor(id: CallId) {
    super(`Call ${callIdKey(id)} appears twice in the population`);
  }
}

// Index bits packed under the id: id < 2^32 and index < 2^21 keeps it below 2^53.
const INDEX_SPACE = 2 ** 21;
const MAX_PACKED_ID = 2 ** 32;

/**
 * Sorts into canonical order and rejects a call listed twice. The common case
 * (integer ids, up to two million calls) packs id and position into one float
 * and uses the native typed-array sort: a comparator sort over 100,000 objects
 * alone costs about as much as the whole draw is allowed to take.
 */
export function sortByCallId<T extends { callId: CallId }>(items: readonly T[]): T[] {
  return items.length < INDEX_SPACE && items.every(isPackable)
    ? packedSort(items)
    : comparatorSort(items);
}

// typeof and % rather than Number.isInteger: this runs 100,000 times per draw, and
// the builtin is several times slower in some hosts (Jest's VM contexts among them).
function isPackable(item: { callId: CallId }): boolean {
  const id = item.callId;
  return typeof id === 'number' && id % 1 === 0 && id >= 0 && id < MAX_PACKED_ID;
}

function packedSort<T extends { callId: CallId }>(items: readonly T[]): T[] {
  const packed = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) packed[i] = (items[i].callId as number) * INDEX_SPACE + i;
  packed.sort();
  const out = new Array<T>(items.length);
  for (let i = 0; i < packed.length; i++) {
    out[i] = items[packed[i] % INDEX_SPACE];
    if (i > 0 && out[i].callId === out[i - 1].callId) throw new DuplicateCallError(out[i].callId);
  }
  return out;
}

function comparatorSort<T extends { callId: CallId }>(items: readonly T[]): T[] {
  const out = [...items].sort((a, b) => compareCallIds(a.callId, b.callId));
  const numericKeys = new Set<string>();
  for (let i = 0; i < out.length; i++) {
    const id = out[i].callId;
    if (typeof id === 'number' && !Number.isFinite(id))
      throw new RangeError(`Call id ${id} is not a number`);
    if (i > 0 && out[i - 1].callId === id) throw new DuplicateCallError(id);
    // Numbers sort before strings, so 42 and "42" are never neighbours.
    if (typeof id === 'number') numericKeys.add(callIdKey(id));
    else if (numericKeys.has(id)) throw new DuplicateCallError(id);
  }
  return out;
}
