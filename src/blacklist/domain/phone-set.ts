/**
 * A compact set of phone keys (see `phoneKey`), 4 bytes a slot.
 *
 * Keys are bucketed by their high bits: bucket = floor(key / 2^26), and each
 * bucket is its own small open-addressing table (linear probing) of Uint32
 * values holding the low 26 bits + 1, so 0 marks an empty slot and a fresh
 * Uint32Array is already an empty table. The mobile range (1.3e10–2e10) spans
 * ~105 buckets, so 5M distinct numbers take 21–43 MiB (the load between
 * growths), against 64 MiB for 8-byte slots.
 *
 * Buckets grow one at a time, so growing never holds two copies of the whole
 * set: a single table over 5M keys needed 96 MiB at the moment it doubled, and
 * left the old 32 MiB (and 16, 8, …) table as garbage only a full collection
 * frees. A bucket tops out at a few hundred KiB, and its old table is released
 * at once (see `release`).
 *
 * Lookups stay as fast as the single Float64Array table this replaces (~60–85
 * ns a miss-heavy lookup at 500k keys): one division and one array index more.
 */
const BUCKET_BITS = 26;
const BUCKET_SPAN = 2 ** BUCKET_BITS;
/** Buckets below this index (keys < 2^35, every mobile) sit in an array, the rest in a Map. */
const DENSE_BUCKETS = 512;
const MIN_CAPACITY = 16;
/** Grow past this load; linear probing over 4-byte slots keeps a miss within a cache line or two. */
const MAX_LOAD = 0.75;

interface Bucket {
  table: Uint32Array<ArrayBuffer>;
  mask: number;
  count: number;
  growAt: number;
}

export class PhoneSet {
  private readonly dense: (Bucket | undefined)[] = new Array(DENSE_BUCKETS).fill(undefined);
  private readonly sparse = new Map<number, Bucket>();
  private count = 0;
  private bytes = 0;

  static from(keys: Iterable<number>): PhoneSet {
    const set = new PhoneSet();
    for (const key of keys) set.add(key);
    return set;
  }

  get size(): number {
    return this.count;
  }

  /** Bytes held by the tables, for memory reporting. */
  get byteLength(): number {
    return this.bytes;
  }

  has(key: number): boolean {
    const b = Math.floor(key / BUCKET_SPAN);
    const bucket = b < DENSE_BUCKETS ? this.dense[b] : this.sparse.get(b);
    // NaN, negative and fractional keys find no bucket or no equal value.
    if (bucket === undefined) return false;
    const value = key - b * BUCKET_SPAN + 1;
    const table = bucket.table;
    const mask = bucket.mask;
    let i = slotOf(value) & mask;
    let v: number;
    while ((v = table[i]) !== 0) {
      if (v === value) return true;
      i = (i + 1) & mask;
    }
    return false;
  }

  /** Adds `key`; returns false if it was already present. */
  add(key: number): boolean {
    if (!(key > 0 && key <= Number.MAX_SAFE_INTEGER && Number.isInteger(key))) {
      throw new RangeError(`PhoneSet keys must be positive safe integers, got ${key}`);
    }
    const b = Math.floor(key / BUCKET_SPAN);
    const bucket = this.bucketFor(b);
    const value = key - b * BUCKET_SPAN + 1;
    const table = bucket.table;
    const mask = bucket.mask;
    let i = slotOf(value) & mask;
    let v: number;
    while ((v = table[i]) !== 0) {
      if (v === value) return false;
      i = (i + 1) & mask;
    }
    table[i] = value;
    this.count++;
    if (++bucket.count > bucket.growAt) this.grow(bucket);
    return true;
  }

  *[Symbol.iterator](): IterableIterator<number> {
    const buckets = [...this.dense.entries(), ...this.sparse.entries()];
    for (const [b, bucket] of buckets) {
      if (bucket === undefined) continue;
      for (const v of bucket.table) if (v !== 0) yield b * BUCKET_SPAN + v - 1;
    }
  }

  private bucketFor(b: number): Bucket {
    let bucket = b < DENSE_BUCKETS ? this.dense[b] : this.sparse.get(b);
    if (bucket === undefined) {
      bucket = {
        table: new Uint32Array(MIN_CAPACITY),
        mask: MIN_CAPACITY - 1,
        count: 0,
        growAt: 0,
      };
      bucket.growAt = Math.floor(MIN_CAPACITY * MAX_LOAD);
      this.bytes += bucket.table.byteLength;
      if (b < DENSE_BUCKETS) this.dense[b] = bucket;
      else this.sparse.set(b, bucket);
    }
    return bucket;
  }

  private grow(bucket: Bucket): void {
    const old = bucket.table;
    const capacity = old.length * 2;
    const table = new Uint32Array(capacity);
    const mask = capacity - 1;
    for (let j = 0; j < old.length; j++) {
      const value = old[j];
      if (value === 0) continue;
      let i = slotOf(value) & mask;
      while (table[i] !== 0) i = (i + 1) & mask;
      table[i] = value;
    }
    this.bytes += table.byteLength - old.byteLength;
    release(old);
    bucket.table = table;
    bucket.mask = mask;
    bucket.growAt = Math.floor(capacity * MAX_LOAD);
  }
}

/**
 * Hands a replaced table's memory back promptly. Its wrapper is long-lived,
 * so V8 would free the bytes only at a full collection; buckets fill evenly,
 * so they double within a short while of each other and the set briefly held
 * its old tables too (~25 MB extra at 5M numbers). Moving the bytes into a
 * fresh, unreferenced ArrayBuffer lets the next young-generation collection
 * free them instead.
 */
function release(table: Uint32Array<ArrayBuffer>): void {
  structuredClone(table.buffer, { transfer: [table.buffer] });
}

/**
 * Murmur3's finaliser: numbering plans hand out consecutive ranges, and
 * spreadsheets hold runs of neighbours, which would cluster on the raw bits.
 */
function slotOf(value: number): number {
  let h = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
