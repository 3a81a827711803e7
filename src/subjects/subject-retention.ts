import { Injectable } from '@nestjs/common';
import { LEGAL_MINIMUM_KEEP_DAYS, type KeepDays } from './domain/retention-holds.js';

/**
 * Where an erase reads the keep-days per data class. The retention module's
 * policies replace this provider at merge time (`{ provide: SubjectRetention,
 * useExisting: … }`); until then the legal minimums apply.
 */
export abstract class SubjectRetention {
  abstract keepDays(): Promise<KeepDays>;
}

@Injectable()
export class LegalMinimumRetention extends SubjectRetention {
  keepDays(): Promise<KeepDays> {
    return Promise.resolve({ ...LEGAL_MINIMUM_KEEP_DAYS });
  }
}
