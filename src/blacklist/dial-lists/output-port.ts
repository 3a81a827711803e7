import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { MessagePort } from 'node:worker_threads';

/**
 * A byte stream from a worker thread to a Writable owned by the main thread
 * (an HTTP response, stdout), over a MessagePort of its own. The worker waits
 * once `MAX_IN_FLIGHT` chunks are not yet taken by the output, so a slow
 * reader holds back the worker rather than piling chunks up in memory.
 *
 * Chunks travel as latin1 text (one char per byte), not as buffers: a buffer
 * arriving on the main thread lives outside its heap, and an otherwise idle
 * main thread collected those only every ~64 MB; text fills its young
 * generation instead, whose frequent scavenges also free what the output
 * converts it to.
 */
type PortMessage = { type: 'chunk'; text: string } | { type: 'end' };
type ReplyMessage = { type: 'ack' } | { type: 'finished' };

const MAX_IN_FLIGHT = 4;
const CLOSED_EARLY = 'output closed before all rows were written';

/** Worker side: a Writable whose chunks go to `streamFromPort` on the other end of `port`. */
export function portWritable(port: MessagePort): Writable {
  let inFlight = 0;
  let resume: (() => void) | null = null;
  let onFinished: (() => void) | null = null;
  port.on('message', (msg: ReplyMessage) => {
    if (msg.type === 'ack') {
      inFlight--;
      const next = resume;
      resume = null;
      next?.();
    } else {
      onFinished?.();
      port.close();
    }
  });
  const send = (msg: PortMessage) => port.postMessage(msg);
  return new Writable({
    // Stated, not inherited: Node 22 raised the default from 16 KiB to 64 KiB, and
    // the worker should feel a slow output after a few rows, not after 64 KiB.
    highWaterMark: 16 * 1024,
    decodeStrings: false,
    write(chunk: string | Buffer, encoding, done) {
      // Only latin1 text stands for the bytes one to one (CsvOutput writes it).
      if (typeof chunk === 'string' && encoding !== 'latin1') {
        return done(new Error(`portWritable takes latin1 text, not ${encoding}`));
      }
      send({ type: 'chunk', text: typeof chunk === 'string' ? chunk : chunk.toString('latin1') });
      if (++inFlight < MAX_IN_FLIGHT) done();
      else resume = () => done();
    },
    // Ends only once the main thread's output has finished, as a local stream would.
    final(done) {
      onFinished = () => done();
      send({ type: 'end' });
    },
  });
}

/**
 * Main side: writes what arrives on `port` to `output` and ends it; resolves
 * once `output` has finished, rejects if it fails or closes first.
 */
export function streamFromPort(port: MessagePort, output: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => {
      port.close();
      reject(err);
    };
    const closedEarly = () => fail(new Error(CLOSED_EARLY));
    output.once('error', fail).once('close', closedEarly);
    port.on('message', (msg: PortMessage) => {
      if (msg.type === 'chunk') {
        output.write(msg.text, 'latin1', (err) => {
          if (!err) port.postMessage({ type: 'ack' } satisfies ReplyMessage);
        });
        return;
      }
      output.off('close', closedEarly);
      output.end();
      finished(output, { readable: false }).then(() => {
        port.postMessage({ type: 'finished' } satisfies ReplyMessage);
        resolve();
      }, fail);
    });
  });
}
