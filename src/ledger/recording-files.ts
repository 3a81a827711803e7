import { Injectable } from '@nestjs/common';
import type { FileState } from './domain/verify-chain.js';

/** Hashes a stored recording by its path relative to RECORDINGS_DIR. */
export type RecordingHasher = (file: string) => Promise<FileState>;

/**
 * Lets verification re-hash recordings without the ledger depending on the
 * calls module, which stores them and registers the hasher at start (as trials
 * registers calls' TrialLookup).
 */
@Injectable()
export class RecordingFiles {
  private hasher: RecordingHasher | null = null;

  register(hasher: RecordingHasher): void {
    this.hasher = hasher;
  }

  hash(file: string): Promise<FileState | null> {
    return this.hasher ? this.hasher(file) : Promise.resolve(null);
  }
}
