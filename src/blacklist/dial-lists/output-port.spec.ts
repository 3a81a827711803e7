import { Writable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import { portWritable, streamFromPort } from './output-port.js';

/** Both ends in one thread: what the filter worker and the main thread do across threads. */
function slowSink(highWaterMark = 16) {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      setTimeout(done, 1);
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('latin1') };
}

function writeAll(out: Writable, parts: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    out.once('error', reject);
    let i = 0;
    const next = () => {
      while (i < parts.length) {
        if (!out.write(parts[i++], 'latin1')) return void out.once('drain', next);
      }
      out.end(resolve);
    };
    next();
  });
}

describe('portWritable → streamFromPort', () => {
  it('delivers every byte in order and ends only once the output has finished', async () => {
    const { port1, port2 } = new MessageChannel();
    const sink = slowSink();
    const parts = Array.from({ length: 50 }, (_, i) => `${i},\xe5\xae\xa2\xe6\x88\xb7,\r\n`);
    const streamed = streamFromPort(port1, sink.stream);
    let sinkFinishedFirst = false;
    await writeAll(portWritable(port2), parts).then(() => {
      sinkFinishedFirst = sink.stream.writableFinished;
    });
    await streamed;
    expect(sinkFinishedFirst).toBe(true);
    expect(sink.text()).toBe(parts.join(''));
  });

  it('holds the writer back while the output is slow', async () => {
    const { port1, port2 } = new MessageChannel();
    const sink = slowSink(1);
    const streamed = streamFromPort(port1, sink.stream);
    const writer = portWritable(port2);
    const results: boolean[] = [];
    // A few chunks go straight across; the rest wait in the writer's own buffer.
    for (let i = 0; i < 40; i++) results.push(writer.write('x'.repeat(1000), 'latin1'));
    expect(results.slice(0, 3)).toEqual([true, true, true]);
    expect(results.at(-1)).toBe(false);
    writer.end();
    await streamed;
    expect(sink.text()).toHaveLength(40_000);
  });

  it('rejects when the output closes before the end, and refuses text in other encodings', async () => {
    const { port1, port2 } = new MessageChannel();
    const sink = slowSink();
    const streamed = streamFromPort(port1, sink.stream);
    const writer = portWritable(port2);
    writer.write('a,b\n', 'latin1');
    sink.stream.destroy();
    await expect(streamed).rejects.toThrow('output closed before all rows were written');

    const channel = new MessageChannel();
    const other = portWritable(channel.port2);
    const failed = new Promise((resolve) => other.once('error', resolve));
    other.write('客户', 'utf8');
    expect(String(await failed)).toContain('latin1');
    channel.port1.close();
  });
});
