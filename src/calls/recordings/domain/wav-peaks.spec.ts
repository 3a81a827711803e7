import { wavPeaks } from './wav-peaks.js';

/** A WAV file around `data`: format code, channels, rate, bits; optional extra chunk before fmt. */
function wav(
  code: number,
  channels: number,
  rate: number,
  bits: number,
  data: Buffer,
  extra?: Buffer,
) {
  const fmt = Buffer.alloc(code === 0xfffe ? 40 : 16);
  fmt.writeUInt16LE(code, 0);
  fmt.writeUInt16LE(channels, 2);
  fmt.writeUInt32LE(rate, 4);
  fmt.writeUInt32LE((rate * channels * bits) / 8, 8);
  fmt.writeUInt16LE((channels * bits) / 8, 12);
  fmt.writeUInt16LE(bits, 14);
  if (code === 0xfffe) fmt.writeUInt16LE(1, 24); // sub-format: PCM
  const chunk = (id: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(id, 0, 'ascii');
    head.writeUInt32LE(body.length, 4);
    return Buffer.concat([head, body, body.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  const body = Buffer.concat([
    Buffer.from('WAVE'),
    ...(extra ? [chunk('LIST', extra)] : []),
    chunk('fmt ', fmt),
    chunk('data', data),
  ]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF', 0, 'ascii');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

const int16 = (values: number[]) => {
  const b = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => b.writeInt16LE(v, i * 2));
  return b;
};

describe('wavPeaks', () => {
  it('takes the loudest sample of each slice of 16-bit PCM, with the duration', () => {
    const data = int16([0, 16384, -8192, 0, -32768, 100, 0, 0]);
    const r = wavPeaks(wav(1, 1, 8, 16, data), 4);
    expect(r).toEqual({
      ok: true,
      durationMs: 1000,
      sampleRate: 8,
      channels: 1,
      peaks: [0.5, 0.25, 1, 0],
    });
  });

  it('gives one peak per frame when there are fewer frames than slices', () => {
    const r = wavPeaks(wav(1, 1, 8000, 16, int16([3277, -6554])), 800);
    expect(r.ok && r.peaks).toEqual([0.1, 0.2]);
  });

  it('reads the loudest channel of stereo frames', () => {
    const r = wavPeaks(wav(1, 2, 2, 16, int16([100, -16384, 8192, 0])), 2);
    expect(r.ok && r.peaks).toEqual([0.5, 0.25]);
  });

  it('decodes 8-bit unsigned PCM around 128', () => {
    const r = wavPeaks(wav(1, 1, 2, 8, Buffer.from([128, 0])), 2);
    expect(r.ok && r.peaks).toEqual([0, 1]);
  });

  it('decodes 24-bit PCM and 32-bit float', () => {
    const pcm24 = Buffer.alloc(6);
    pcm24.writeIntLE(-4194304, 0, 3);
    pcm24.writeIntLE(0, 3, 3);
    expect(wavPeaks(wav(1, 1, 2, 24, pcm24), 2)).toMatchObject({ peaks: [0.5, 0] });
    const float = Buffer.alloc(8);
    float.writeFloatLE(-0.75, 0);
    float.writeFloatLE(2, 4); // clipped float stays within the scale
    expect(wavPeaks(wav(3, 1, 2, 32, float), 2)).toMatchObject({ peaks: [0.75, 1] });
  });

  it('expands G.711 µ-law and A-law, the telephony encodings', () => {
    // µ-law 0x00 and A-law 0x2a are the loudest negative codes; 0xff and 0xd5 are silence.
    expect(wavPeaks(wav(7, 1, 2, 8, Buffer.from([0x00, 0xff])), 2)).toMatchObject({
      peaks: [0.98, 0],
    });
    const alaw = wavPeaks(wav(6, 1, 2, 8, Buffer.from([0x2a, 0xd5])), 2);
    expect(alaw.ok && alaw.peaks[0]).toBeCloseTo(0.984, 2);
    expect(alaw.ok && alaw.peaks[1]).toBeLessThan(0.001);
  });

  it('reads WAVE_FORMAT_EXTENSIBLE and skips chunks before fmt', () => {
    const r = wavPeaks(wav(0xfffe, 1, 2, 16, int16([16384, 0]), Buffer.from('INFOabc')), 2);
    expect(r).toMatchObject({ ok: true, peaks: [0.5, 0] });
  });

  it('keeps what a truncated data chunk holds', () => {
    const file = wav(1, 1, 4, 16, int16([16384, 16384, 0, 0]));
    const r = wavPeaks(file.subarray(0, file.length - 4), 4);
    expect(r).toMatchObject({ ok: true, durationMs: 500, peaks: [0.5, 0.5] });
  });

  it('names why there is no waveform: not WAV, an encoding not decoded, a broken header', () => {
    expect(wavPeaks(Buffer.from('ID3\x04\x00 mp3 bytes'), 10)).toEqual({
      ok: false,
      reason: 'not_wav',
    });
    expect(wavPeaks(wav(0x55, 1, 8000, 0, Buffer.alloc(10)), 10)).toEqual({
      ok: false,
      reason: 'unsupported_encoding',
    });
    const noData = wav(1, 1, 8000, 16, Buffer.alloc(0)).subarray(0, 36);
    expect(wavPeaks(noData, 10)).toEqual({ ok: false, reason: 'malformed' });
    expect(wavPeaks(wav(1, 0, 8000, 16, int16([1])), 10)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});
