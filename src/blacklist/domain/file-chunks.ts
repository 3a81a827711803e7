import { open } from 'node:fs/promises';

/**
 * Reads a file in chunks through one reused buffer. A read stream allocates a
 * fresh buffer per chunk, and those live outside the V8 heap until a
 * collection notices them: at 200 MB a pass that was tens of MB of garbage.
 *
 * Each chunk is only valid until the next is requested: callers must copy or
 * decode it first (the CSV pass decodes it to strings at once).
 */
export async function* fileChunks(path: string, chunkBytes = 256 * 1024): AsyncGenerator<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(chunkBytes);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}
