import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { link, lstat, mkdir, realpath, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { cleanRecordingPath } from './recording-path.js';

/** An upload received in full below RECORDINGS_DIR but not yet in its place. */
export interface StagedRecording {
  tmpPath: string;
  bytes: number;
  sha256: string;
}

/** Staged uploads wait here: inside the root, so moving one into place is a link on the same disk. */
const INCOMING = '.incoming';

/**
 * Recordings live below RECORDINGS_DIR; nothing outside it is ever read or
 * written, and a file once in place is never replaced.
 */
@Injectable()
export class RecordingStore {
  constructor(private readonly config: AppConfig) {}

  /** Absolute path of an existing recording, after following links, if it stays inside the root. */
  async locate(stored: string): Promise<{ path: string; size: number }> {
    const root = await this.root();
    const candidate = join(root, cleanRecordingPath(stored));
    let real: string;
    try {
      real = await realpath(candidate);
    } catch {
      throw new NotFoundError(`recording file ${stored}`);
    }
    const rel = relative(root, real);
    if (rel.startsWith('..') || rel.startsWith(sep)) {
      throw new InvalidInputError(`recording file ${stored} leaves RECORDINGS_DIR`);
    }
    const info = await stat(real);
    if (!info.isFile()) throw new NotFoundError(`recording file ${stored}`);
    return { path: real, size: info.size };
  }

  /** Whether anything (a file, a folder, even a broken link) already occupies the path. */
  async occupied(relPath: string): Promise<boolean> {
    const root = await this.root();
    return lstat(join(root, cleanRecordingPath(relPath))).then(
      () => true,
      () => false,
    );
  }

  /** Streams an upload to a temporary file, hashing it; a broken upload leaves nothing behind. */
  async stage(body: Readable, limitBytes: number): Promise<StagedRecording> {
    const incoming = join(await this.root(), INCOMING);
    await mkdir(incoming, { recursive: true });
    const tmpPath = join(
      incoming,
      `${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.part`,
    );
    const hash = createHash('sha256');
    let bytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        if (bytes > limitBytes)
          return done(
            new DomainError(
              'too_large',
              'PAYLOAD_TOO_LARGE',
              `recording exceeds ${limitBytes} bytes`,
            ),
          );
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, meter, createWriteStream(tmpPath, { flags: 'wx' }));
      if (bytes === 0) throw new InvalidInputError('recording body is empty');
      return { tmpPath, bytes, sha256: hash.digest('hex') };
    } catch (err) {
      await this.discard({ tmpPath, bytes, sha256: '' });
      throw err;
    }
  }

  /**
   * Moves a staged upload to `relPath` unless something is already there: a
   * hard link fails with EEXIST instead of replacing, atomically, so of two
   * concurrent uploads exactly one lands. Returns false when the place was taken.
   */
  async commit(staged: StagedRecording, relPath: string): Promise<boolean> {
    const target = join(await this.root(), cleanRecordingPath(relPath));
    await mkdir(dirname(target), { recursive: true });
    try {
      await link(staged.tmpPath, target);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    } finally {
      await this.discard(staged);
    }
  }

  /** Takes back a committed file whose record could not be stored. */
  async withdraw(relPath: string): Promise<void> {
    await rm(join(await this.root(), cleanRecordingPath(relPath)), { force: true });
  }

  async discard(staged: StagedRecording): Promise<void> {
    await rm(staged.tmpPath, { force: true });
  }

  private async root(): Promise<string> {
    await mkdir(this.config.recordingsDir, { recursive: true });
    return realpath(this.config.recordingsDir);
  }
}
