import { Injectable } from '@nestjs/common';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { BlacklistService } from '../blacklist.service.js';
import { filterDialList, type DialListCounts } from '../domain/dial-list-filter.js';
import { filterExport } from '../domain/export-filter.js';

/**
 * The one path every dial list takes through the blacklist — upload, export and
 * CLI alike — so no caller can forget the filter.
 */
@Injectable()
export class DialListRunner {
  constructor(private readonly blacklist: BlacklistService) {}

  /** Filters `inputPath` into `outputPath` (written to a temp file, renamed when complete). */
  async filterFile(
    inputPath: string,
    outputPath: string,
    onProgress?: (bytesRead: number) => void,
  ): Promise<DialListCounts> {
    const tmp = `${outputPath}.part`;
    try {
      const counts = await this.filterStream(
        createReadStream(inputPath, { highWaterMark: 1 << 20 }),
        createWriteStream(tmp),
        onProgress,
      );
      await rename(tmp, outputPath);
      return counts;
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async filterStream(
    input: NodeJS.ReadableStream,
    output: Writable,
    onProgress?: (bytesRead: number) => void,
  ): Promise<DialListCounts> {
    const set = await this.blacklist.loadSet();
    // The filter ends `output` and waits until it is flushed.
    return filterDialList(input as never, output, {
      isBlacklisted: (key) => set.has(key),
      onProgress: onProgress ? (_rows, bytes) => onProgress(bytes) : undefined,
    });
  }

  /** Re-checks a filtered list against the blacklist as it is now; resolves to the rows written. */
  async exportFile(outputPath: string, res: Writable): Promise<number> {
    const set = await this.blacklist.loadSet();
    return filterExport(createReadStream(outputPath, { highWaterMark: 1 << 20 }), res, {
      isBlacklisted: (key) => set.has(key),
    });
  }
}
