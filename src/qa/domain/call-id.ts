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

const MAX_RADIX_ID = 2 ** 32;

/**
 * Sorts into canonical order and rejects a call listed twice. The common case
 * (integer ids below 2^32) is a stable radix sort of the ids carrying each
 * call's position: a comparator sort over 100,000 objects alone costs about as
 * much as the whole draw is allowed to take. A population read from the
 * database usually arrives in id order already (calls are appended), which
 * one pass confirms.
 */
export function sortByCallId<T extends { callId: CallId }>(items: readonly T[]): T[] {
  if (!items.every(isRadixSortable)) return comparatorSort(items);
  return isAscending(items) ? items.slice() : radixSort(items);
}

/** Strictly ascending, so also free of duplicates. */
function isAscending(items: readonly { callId: CallId }[]): boolean {
  for (let i = 1; i < items.length; i++)
    if ((items[i].callId as number) <= (items[i - 1].callId as number)) return false;
  return true;
}

// typeof and % rather than Number.isInteger: this runs 100,000 times per draw, and
// the builtin is several times slower in some hosts (Jest's VM contexts among them).
function isRadixSortable(item: { callId: CallId }): boolean {
  const id = item.callId;
  return typeof id === 'number' && id % 1 === 0 && id >= 0 && id < MAX_RADIX_ID;
}

/** Least-significant-byte-first counting sort: four stable passes over 8-bit digits. */
function radixSort<T extends { callId: CallId }>(items: readonly T[]): T[] {
  const n = items.length;
  let keys = new Uint32Array(n);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = items[i].callId as number;
    order[i] = i;
  }
  let nextKeys = new Uint32Array(n);
  let nextOrder = new Uint32Array(n);
  const counts = new Uint32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i] >>> shift) & 255]++;
    for (let digit = 0, start = 0; digit < 256; digit++) {
      const count = counts[digit];
      counts[digit] = start;
      start += count;
    }
    for (let i = 0; i < n; i++) {
      const to = counts[(keys[i] >>> shift) & 255]++;
      nextKeys[to] = keys[i];
      nextOrder[to] = order[i];
    }
    [keys, nextKeys] = [nextKeys, keys];
    [order, nextOrder] = [nextOrder, order];
  }
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) {
    out[i] = items[order[i]];
    if (i > 0 && keys[i] === keys[i - 1]) throw new DuplicateCallError(out[i].callId);
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
