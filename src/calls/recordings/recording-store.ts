import { Injectable } from '@nestjs/common';
import { createWriteStream } from 'node:fs';
import { mkdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { DomainError, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { cleanRecordingPath } from './recording-path.js';

/** Recordings live below RECORDINGS_DIR; nothing outside it is ever read or written. */
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

  /** Streams an upload to a temporary file and renames it into place, so a broken upload leaves nothing. */
  async write(relPath: string, body: Readable, limitBytes: number): Promise<number> {
    const root = await this.root();
    const target = join(root, cleanRecordingPath(relPath));
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.${Date.now()}.part`;
    let bytes = 0;
    body.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limitBytes)
        body.destroy(new DomainError(`recording exceeds ${limitBytes} bytes`, 413, 'too_large'));
    });
    try {
      await pipeline(body, createWriteStream(tmp, { flags: 'wx' }));
      if (bytes === 0) throw new InvalidInputError('recording body is empty');
      await rename(tmp, target);
      return bytes;
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  private async root(): Promise<string> {
    await mkdir(this.config.recordingsDir, { recursive: true });
    return realpath(this.config.recordingsDir);
  }
}
