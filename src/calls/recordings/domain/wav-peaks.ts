/**
 * A recording's waveform as peaks: the loudest sample (0–1) of each of `buckets`
 * equal slices of the audio, read from a WAV file's bytes. Pure: the service
 * reads the file and caches the answer by the bytes' hash.
 *
 * Decoded: PCM 8/16/24/32-bit, IEEE float 32/64-bit, G.711 A-law and µ-law
 * (what telephony recorders write), plain or WAVE_FORMAT_EXTENSIBLE, any number
 * of channels (a slice's peak is the loudest channel). Anything else is named
 * as the reason there is no waveform, never guessed at.
 */
export type PeaksResult =
  | { ok: true; durationMs: number; sampleRate: number; channels: number; peaks: number[] }
  | { ok: false; reason: PeaksUnavailable };

export type PeaksUnavailable = 'not_wav' | 'unsupported_encoding' | 'malformed';

interface Format {
  code: number;
  channels: number;
  sampleRate: number;
  bits: number;
  blockAlign: number;
}

const PCM = 1;
const FLOAT = 3;
const ALAW = 6;
const MULAW = 7;
const EXTENSIBLE = 0xfffe;

export function wavPeaks(bytes: Buffer, buckets: number): PeaksResult {
  if (bytes.length < 12 || bytes.toString('ascii', 0, 4) !== 'RIFF')
    return { ok: false, reason: 'not_wav' };
  if (bytes.toString('ascii', 8, 12) !== 'WAVE') return { ok: false, reason: 'not_wav' };
  const chunks = riffChunks(bytes);
  const fmt = chunks.get('fmt ');
  const data = chunks.get('data');
  if (!fmt || !data || fmt.length < 16) return { ok: false, reason: 'malformed' };
  const format = readFormat(fmt);
  const sample = sampleReader(format);
  if (!sample) return { ok: false, reason: 'unsupported_encoding' };
  if (!format.channels || !format.sampleRate || format.blockAlign < format.channels)
    return { ok: false, reason: 'malformed' };
  const frames = Math.floor(data.length / format.blockAlign);
  const peaks = bucketPeaks(data, format, frames, buckets, sample);
  return {
    ok: true,
    durationMs: Math.round((frames / format.sampleRate) * 1000),
    sampleRate: format.sampleRate,
    channels: format.channels,
    peaks,
  };
}

/** Chunk id → body; a truncated last chunk (a recorder that stopped mid-write) keeps what is there. */
function riffChunks(bytes: Buffer): Map<string, Buffer> {
  const chunks = new Map<string, Buffer>();
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const end = Math.min(bytes.length, at + 8 + size);
    if (!chunks.has(id)) chunks.set(id, bytes.subarray(at + 8, end));
    at = at + 8 + size + (size % 2);
  }
  return chunks;
}

function readFormat(fmt: Buffer): Format {
  let code = fmt.readUInt16LE(0);
  // WAVE_FORMAT_EXTENSIBLE names the real encoding in the first two bytes of its sub-format GUID.
  if (code === EXTENSIBLE && fmt.length >= 26) code = fmt.readUInt16LE(24);
  return {
    code,
    channels: fmt.readUInt16LE(2),
    sampleRate: fmt.readUInt32LE(4),
    blockAlign: fmt.readUInt16LE(12),
    bits: fmt.readUInt16LE(14),
  };
}

type Sample = (data: Buffer, offset: number) => number;

/** Reads one sample as its magnitude, 0–1; null for an encoding not decoded here. */
function sampleReader(f: Format): Sample | null {
  if (f.code === PCM) {
    if (f.bits === 8) return (d, o) => Math.abs(d[o] - 128) / 128;
    if (f.bits === 16) return (d, o) => Math.abs(d.readInt16LE(o)) / 32768;
    if (f.bits === 24) return (d, o) => Math.abs(d.readIntLE(o, 3)) / 8388608;
    if (f.bits === 32) return (d, o) => Math.abs(d.readInt32LE(o)) / 2147483648;
  }
  if (f.code === FLOAT && f.bits === 32) return (d, o) => Math.min(1, Math.abs(d.readFloatLE(o)));
  if (f.code === FLOAT && f.bits === 64) return (d, o) => Math.min(1, Math.abs(d.readDoubleLE(o)));
  if (f.code === MULAW && f.bits === 8) return (d, o) => MULAW_TABLE[d[o]];
  if (f.code === ALAW && f.bits === 8) return (d, o) => ALAW_TABLE[d[o]];
  return null;
}

function bucketPeaks(
  data: Buffer,
  f: Format,
  frames: number,
  buckets: number,
  sample: Sample,
): number[] {
  const count = Math.max(0, Math.min(buckets, frames));
  const width = f.bits / 8;
  const peaks: number[] = [];
  for (let b = 0; b < count; b++) {
    const from = Math.floor((b * frames) / count);
    const to = Math.floor(((b + 1) * frames) / count);
    let peak = 0;
    for (let frame = from; frame < to; frame++) {
      const base = frame * f.blockAlign;
      for (let c = 0; c < f.channels; c++) peak = Math.max(peak, sample(data, base + c * width));
    }
    peaks.push(Math.round(peak * 1000) / 1000);
  }
  return peaks;
}

/** G.711 expansions (ITU-T G.711), as magnitudes of the 16-bit linear value. */
const MULAW_TABLE = Array.from({ length: 256 }, (_, i) => {
  const u = ~i & 0xff;
  const exponent = (u >> 4) & 0x07;
  const linear = (((u & 0x0f) << 3) + 0x84) << exponent;
  return (linear - 0x84) / 32768;
});
const ALAW_TABLE = Array.from({ length: 256 }, (_, i) => {
  const a = i ^ 0x55;
  const exponent = (a >> 4) & 0x07;
  const mantissa = a & 0x0f;
  const linear = exponent === 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
  return linear / 32768;
});
