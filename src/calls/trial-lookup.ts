import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '../common/errors.js';

/** What the calls module needs to know about a trial a confirmation call belongs to. */
export interface TrialFacts {
  id: number;
  productCode: string;
  /** Last free day, YYYY-MM-DD: the date the agent must state on the call. */
  trialEnd: string;
}

export type TrialFinder = (trialId: number) => Promise<TrialFacts | null>;
/** The id of the trial a sale opened, if it opened one. */
export type OpenedTrialFinder = (saleCallId: number) => Promise<number | null>;

/**
 * Lets the calls module check a call's `trialId` without depending on the
 * trials module: trials registers the finder at start.
 */
@Injectable()
export class TrialLookup {
  private finder: TrialFinder | null = null;
  private openedFinder: OpenedTrialFinder | null = null;

  register(finder: TrialFinder, opened: OpenedTrialFinder): void {
    this.finder = finder;
    this.openedFinder = opened;
  }

  /**
   * The trial a call belongs to as its view shows it: a confirmation call names it in
   * calls.trial_id; a sale's is the trial it opened (that column means "confirmation of").
   */
  async viewTrialId(call: { id: number; trialId: number | null }): Promise<number | null> {
    if (call.trialId !== null) return call.trialId;
    return this.openedFinder ? this.openedFinder(call.id) : null;
  }

  /**
   * The trial end the checker needs for a call naming `trialId` (null when it
   * names none); a 400 naming trialId when the trial does not exist or is for
   * another product.
   */
  async trialEndFor(call: {
    trialId?: number | null;
    productCode: string;
  }): Promise<string | null> {
    if (call.trialId === undefined || call.trialId === null) return null;
    const trial = this.finder ? await this.finder(call.trialId) : null;
    if (!trial) throw new InvalidInputError(`trialId: there is no trial ${call.trialId}`);
    if (trial.productCode !== call.productCode) {
      throw new InvalidInputError(
        `trialId: trial ${trial.id} is for product ${trial.productCode}, not ${call.productCode}`,
      );
    }
    return trial.trialEnd;
  }
}
