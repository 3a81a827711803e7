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
    const uploaded = await this.recordings.findOneBy({ callId: id });
    if (file.size > MAX_BYTES) return tooLarge(id, uploaded?.sha256 ?? '');
    // An uploaded recording is written once with its hash, so a cached picture is found
    // without reading (and hashing on the event loop) the whole file on every request.
    const known = uploaded && uploaded.file === call.recordingFile && uploaded.bytes === file.size;
    const hit = known ? await this.cached(uploaded.sha256) : null;
    if (known && hit) return { callId: id, sha256: uploaded.sha256, ...hit };
    const bytes = await readFile(file.path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let work = this.running.get(sha256);
    if (!work) {
      work = this.cachedOrComputed(sha256, bytes).finally(() => this.running.delete(sha256));
      this.running.set(sha256, work);
    }
    return { callId: id, sha256, ...(await work) };
  }

  private cachePath(sha256: string): string {
    return join(this.config.dataDir, 'peaks', `${sha256}.v${VERSION}.json`);
  }

  private cached(sha256: string): Promise<Peaks | null> {
    return readFile(this.cachePath(sha256), 'utf8').then(
      (text) => JSON.parse(text) as Peaks,
      () => null,
    );
  }

  private async cachedOrComputed(sha256: string, bytes: Buffer): Promise<Peaks> {
    const cached = await this.cached(sha256);
    if (cached) return cached;
    const path = this.cachePath(sha256);
    const dir = join(this.config.dataDir, 'peaks');
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
