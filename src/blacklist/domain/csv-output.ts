import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * Buffers output records and writes them in latin1 chunks (restoring the
 * input's bytes), honouring backpressure between chunks. Chunks stay below
 * V8's 128 KiB large-object size, so their joined text dies young.
 */
const FLUSH_AT_CHARS = 64 * 1024;
const CLOSED_EARLY = 'output closed before all rows were written';

export class CsvOutput {
  eol = '\n';
  private parts: string[] = [];
  private chars = 0;

  constructor(private readonly out: Writable) {}

  /** Raw bytes (as latin1) written verbatim before the next record. */
  raw(text: string): void {
    this.parts.push(text);
    this.chars += text.length;
  }

  record(text: string): void {
    this.parts.push(text, this.eol);
    this.chars += text.length + 1;
  }

  /** Writes buffered records once enough accumulated (or when `force`d). */
  async flush(force = false): Promise<void> {
    if (this.chars === 0 || (!force && this.chars < FLUSH_AT_CHARS)) return;
    if (this.out.destroyed) throw new Error(CLOSED_EARLY);
    // Written as text: a stream that takes strings (see output-port.ts) gets
    // no intermediate buffer; any other converts it, as Buffer.from would.
    const chunk = this.parts.join('');
    this.parts = [];
    this.chars = 0;
    if (!this.out.write(chunk, 'latin1')) await drained(this.out);
  }

  async end(): Promise<void> {
    await this.flush(true);
    this.out.end();
    await finished(this.out, { readable: false });
  }
}

/** Resolves on 'drain'; rejects if the stream fails or closes first. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain).off('error', done).off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error(CLOSED_EARLY));
    out.on('drain', onDrain).on('error', done).on('close', onClose);
  });
}
