import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { Call } from '../call.entity.js';
import { CallRecording } from './call-recording.entity.js';
import { wavPeaks } from './domain/wav-peaks.js';
import { RecordingStore } from './recording-store.js';
import type { RecordingPeaksView } from './recording-peaks-view.js';

/** Enough slices for a timeline ~1000 px wide. */
const BUCKETS = 1000;
/** Larger files are not read into memory for a picture (a 3-hour 8 kHz 16-bit WAV is ~170 MB). */
const MAX_BYTES = 256 * 1024 ** 2;
/** Bumped when the computation changes, so old cache files are not read. */
const VERSION = 1;

type Peaks = Omit<RecordingPeaksView, 'callId' | 'sha256'>;

/**
 * Peaks are computed once per recording content: cached as a file named by the
 * bytes' SHA-256 under DATA_DIR/peaks (the same bytes under another call reuse
 * it), and a request arriving while they are being computed waits for that work.
 */
@Injectable()
export class RecordingPeaksService {
  private readonly running = new Map<string, Promise<Peaks>>();

  constructor(
    @InjectRepository(Call) private readonly calls: Repository<Call>,
    @InjectRepository(CallRecording) private readonly recordings: Repository<CallRecording>,
    private readonly store: RecordingStore,
    private readonly config: AppConfig,
  ) {}

  async forCall(id: number): Promise<RecordingPeaksView> {
    const call = await this.calls.findOneBy({ id });
    if (!call) throw new NotFoundError(`call ${id}`);
    if (!call.recordingFile) throw new NotFoundError(`recording of call ${id}`);
    const file = await this.store.locate(call.recordingFile);
    if (file.size > MAX_BYTES) return tooLarge(id, await this.uploadedHash(id));
    const bytes = await readFile(file.path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let work = this.running.get(sha256);
    if (!work) {
      work = this.cachedOrComputed(sha256, bytes).finally(() => this.running.delete(sha256));
      this.running.set(sha256, work);
    }
    return { callId: id, sha256, ...(await work) };
  }

  private async cachedOrComputed(sha256: string, bytes: Buffer): Promise<Peaks> {
    const dir = join(this.config.dataDir, 'peaks');
    const path = join(dir, `${sha256}.v${VERSION}.json`);
    const cached = await readFile(path, 'utf8').then(
      (text) => JSON.parse(text) as Peaks,
      () => null,
    );
    if (cached) return cached;
    const r = wavPeaks(bytes, BUCKETS);
    const peaks: Peaks = r.ok
      ? { unavailable: null, durationMs: r.durationMs, sampleRate: r.sampleRate, peaks: r.peaks }
      : { unavailable: r.reason, durationMs: null, sampleRate: null, peaks: [] };
    await mkdir(dir, { recursive: true });
    // Written aside and renamed: a reader never sees half a file.
    const tmp = `${path}.${process.pid}.${Date.now()}.part`;
    await writeFile(tmp, JSON.stringify(peaks));
    await rename(tmp, path);
    return peaks;
  }

  private async uploadedHash(id: number): Promise<string> {
    return (await this.recordings.findOneBy({ callId: id }))?.sha256 ?? '';
  }
}

function tooLarge(callId: number, sha256: string): RecordingPeaksView {
  return {
    callId,
    sha256,
    unavailable: 'too_large',
    durationMs: null,
    sampleRate: null,
    peaks: [],
  };
}
