import { Injectable } from '@nestjs/common';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { AppConfig } from '../../config/app-config.js';
import { BlacklistService } from '../blacklist.service.js';
import type { DialListCounts } from '../domain/dial-list-filter.js';
import type { FilterKind } from './filter-job.js';
import { runFilterPass, type FilterOutput } from './filter-thread.js';

/**
 * The one path every dial list takes through the blacklist — upload, export and
 * CLI alike — so no caller can forget the filter. Each pass loads the blacklist
 * as it is now and, in the service, runs in a worker thread (see
 * filter-thread.ts). A CLI process serves no requests meanwhile, so it runs
 * the pass in-process: one heap rather than two, and no copying of every
 * output chunk to the main thread (peak RSS ~220 rather than ~255 MB at 5M rows).
 */
@Injectable()
export class DialListRunner {
  constructor(
    private readonly blacklist: BlacklistService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Filters `inputPath` into `outputPath`, and the dropped rows into
   * `rejectedPath` (each written to a temp file, renamed when complete).
   */
  async filterFile(
    inputPath: string,
    outputPath: string,
    rejectedPath: string,
    onProgress?: (bytesRead: number) => void,
  ): Promise<DialListCounts> {
    const [tmp, rejectedTmp] = [`${outputPath}.part`, `${rejectedPath}.part`];
    try {
      const counts = await this.run('filter', inputPath, { file: tmp }, onProgress, rejectedTmp);
      await rename(tmp, outputPath);
      await rename(rejectedTmp, rejectedPath);
      return counts;
    } catch (err) {
      await rm(tmp, { force: true });
      await rm(rejectedTmp, { force: true });
      throw err;
    }
  }

  /** Filters `inputPath` into `output`, which it ends once everything is written (the CLI). */
  async filterToStream(inputPath: string, output: Writable): Promise<DialListCounts> {
    return this.run('filter', inputPath, { stream: output });
  }

  /** Re-checks a filtered list against the blacklist as it is now; resolves to the rows written. */
  async exportFile(outputPath: string, res: Writable): Promise<number> {
    return this.run('export', outputPath, { stream: res });
  }

  private async run<K extends FilterKind>(
    kind: K,
    inputPath: string,
    output: FilterOutput,
    onProgress?: (bytesRead: number) => void,
    rejectedPath?: string,
  ) {
    const blacklist = await this.blacklist.loadKeys();
    const worker = this.config.role !== 'cli';
    return runFilterPass({ kind, inputPath, blacklist, rejectedPath }, output, {
      worker,
      onProgress,
    });
  }
}
