import { readFileSync } from 'node:fs';

/** A real 8 kHz 16-bit mono telephony WAV from the fixtures (about 14 s). */
export const FIXTURE_WAV = readFileSync(
  new URL('../../recordings-fixtures/audio/2026-11-16/FX-0001.wav', import.meta.url),
);

/** Ten MPEG-1 layer III frames (frame sync 0xFFFB), no ID3 tag: streamable, not decoded for peaks. */
export const MP3_FRAMES = Buffer.concat(
  Array.from({ length: 10 }, () => {
    const frame = Buffer.alloc(417);
    frame.set([0xff, 0xfb, 0x90, 0x64]);
    return frame;
  }),
);

const RATE = 8000;

/**
 * An 8 kHz 16-bit mono WAV of `totalMs`: a tone during each turn (louder for
 * the customer), silence between, so its waveform shows the turns.
 */
export function toneWav(
  turns: { speaker: string; startMs: number; endMs: number }[],
  totalMs: number,
): Buffer {
  const frames = Math.round((totalMs / 1000) * RATE);
  const data = Buffer.alloc(frames * 2);
  for (const turn of turns) {
    const amplitude = turn.speaker === 'customer' ? 20_000 : 9_000;
    const from = Math.round((turn.startMs / 1000) * RATE);
    const to = Math.min(frames, Math.round((turn.endMs / 1000) * RATE));
    for (let i = from; i < to; i++)
      data.writeInt16LE(Math.round(amplitude * Math.sin((2 * Math.PI * 440 * i) / RATE)), i * 2);
  }
  const head = Buffer.alloc(44);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVEfmt ', 8, 'ascii');
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20); // PCM
  head.writeUInt16LE(1, 22); // mono
  head.writeUInt32LE(RATE, 24);
  head.writeUInt32LE(RATE * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36, 'ascii');
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}
