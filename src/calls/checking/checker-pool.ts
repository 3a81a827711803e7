import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Piscina } from 'piscina';
import {
  checkCall,
  type Compliance,
  type EvaluationInput,
  type PhraseList,
} from '../../compliance/index.js';
import { AppConfig } from '../../config/app-config.js';

/** What a worker thread gets: the calls, and the service-language list they are judged on (cloned once per chunk). */
export interface CheckTask {
  inputs: EvaluationInput[];
  phrases: PhraseList;
}

/**
 * Runs the checker for bulk imports on worker threads, so a million-row import
 * uses every core while the main thread parses, validates and writes. Threads
 * start on the first import and exit when idle, so an API process pays nothing
 * between imports. With CHECKER_THREADS=0 the checker runs on the main thread.
 */
@Injectable()
export class CheckerPool implements OnModuleDestroy {
  private readonly pool: Piscina<CheckTask, Compliance[]> | null;
  private readonly threads: number;

  constructor(config: AppConfig) {
    this.threads = config.checkerThreads;
    this.pool =
      config.checkerThreads > 0
        ? new Piscina({
            ...workerModule(),
            minThreads: 0,
            maxThreads: config.checkerThreads,
            idleTimeout: 30_000,
          })
        : null;
  }

  /**
   * Verdicts in input order. Each thread gets one share of the calls: a thread
   * that finishes a task waits for this thread's event loop to hand it the next,
   * and during an import that loop is busy validating rows.
   */
  async checkAll(inputs: EvaluationInput[], phrases: PhraseList): Promise<Compliance[]> {
    const pool = this.pool;
    if (!pool) return inputs.map((input) => checkCall(input, phrases));
    const share = Math.ceil(inputs.length / this.threads);
    const chunks: EvaluationInput[][] = [];
    for (let i = 0; i < inputs.length; i += share) chunks.push(inputs.slice(i, i + share));
    return (await Promise.all(chunks.map((chunk) => pool.run({ inputs: chunk, phrases })))).flat();
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.close({ force: true });
  }
}

/**
 * The worker's compiled file; when this module itself runs from TypeScript
 * source (the test suite), the worker loads its source through tsx.
 */
function workerModule(): { filename: string; execArgv?: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(`./checker-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href;
  return fromSource ? { filename, execArgv: ['--import', 'tsx'] } : { filename };
}
