import { Injectable } from '@nestjs/common';
import { CLASS_RULES } from '../retention/index.js';
import type { KeepDays } from './domain/retention-holds.js';

/**
 * Where an erase reads the keep-days per data class: the legal minimum of each
 * retention class (`src/retention/domain/data-classes.ts`), not the centre's own longer
 * clock. PIPL Art. 47 ends the centre's purpose when the subscriber asks; what the law
 * still requires (numbers, call times, consent proof 30 days; orders five months) stays.
 */
export abstract class SubjectRetention {
  abstract keepDays(): Promise<KeepDays>;
}

@Injectable()
export class LegalMinimumRetention extends SubjectRetention {
  keepDays(): Promise<KeepDays> {
    const min = (c: keyof KeepDays) => CLASS_RULES[c].legalMinimumDays;
    return Promise.resolve({
      calls: min('calls'),
      transcripts: min('transcripts'),
      recordings_unsampled: min('recordings_unsampled'),
      recordings_reviewed: min('recordings_reviewed'),
      trials: min('trials'),
    });
  }
}
