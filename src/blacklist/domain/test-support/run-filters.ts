import { Readable, Writable } from 'node:stream';
import { normalizePhone, phoneKey } from '../../../common/phone/normalize-phone.js';
import { filterDialList, type DialListCounts, type RejectReason } from '../dial-list-filter.js';
import { filterExport } from '../export-filter.js';
import { PhoneSet } from '../phone-set.js';

/** Test harness: runs the filters over in-memory CSV, optionally in tiny chunks. */
export interface RunOptions {
  /** Split the input into chunks of this many bytes (exercises chunk boundaries). */
  chunkBytes?: number;
  /** Output stream high-water mark; a small one forces backpressure. */
  outputHighWaterMark?: number;
}

export function blacklistOf(phones: readonly string[]): PhoneSet {
  return PhoneSet.from(phones.map((p) => phoneKey(normalizePhone(p)!)));
}

export function inputStream(csv: string | Buffer, chunkBytes?: number): Readable {
  const bytes = typeof csv === 'string' ? Buffer.from(csv) : csv;
  if (!chunkBytes) return Readable.from([bytes]);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes)
    chunks.push(bytes.subarray(at, at + chunkBytes));
  return Readable.from(chunks);
}

/** A writable that collects bytes, asynchronously so that backpressure is real. */
export function collector(highWaterMark = 16 * 1024): { stream: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks) };
}

export async function runDialList(
  csv: string | Buffer,
  blacklist: readonly string[] = [],
  opts: RunOptions = {},
): Promise<{
  counts: DialListCounts;
  output: string;
  bytes: Buffer;
  rejected: [number, RejectReason][];
}> {
  const set = blacklistOf(blacklist);
  const out = collector(opts.outputHighWaterMark);
  const rejected: [number, RejectReason][] = [];
  const counts = await filterDialList(inputStream(csv, opts.chunkBytes), out.stream, {
    isBlacklisted: (key) => set.has(key),
    onRejected: (lineNo, reason) => rejected.push([lineNo, reason]),
  });
  const bytes = out.bytes();
  return { counts, output: bytes.toString(), bytes, rejected };
}

export async function runExport(
  csv: string | Buffer,
  blacklist: readonly string[] = [],
  opts: RunOptions = {},
): Promise<{ exported: number; output: string }> {
  const set = blacklistOf(blacklist);
  const out = collector(opts.outputHighWaterMark);
  const exported = await filterExport(inputStream(csv, opts.chunkBytes), out.stream, {
    isBlacklisted: (key) => set.has(key),
  });
  return { exported, output: out.bytes().toString() };
}
