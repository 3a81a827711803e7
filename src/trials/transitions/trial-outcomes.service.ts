import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CallReader } from '../../calls/index.js';
import { InvalidInputError, NotFoundError } from '../../common/errors.js';
import { LedgerService } from '../../ledger/index.js';
import type { ConfirmationOutcome, StepNumber } from '../domain/index.js';
import { TrialTransactions } from '../persistence/trial-transactions.js';
import type { TrialRecord } from '../persistence/trial-record.js';
import { Trial } from '../trial.entity.js';
import { confirmationEvidence } from './confirmation-evidence.js';
import { TrialTransitions } from './trial-transitions.service.js';

export interface OutcomeInput {
  outcome: ConfirmationOutcome;
  callId: number;
}

/**
 * POST /api/trials/{id}/confirmations/{step}/outcome: checks the call is a
 * stored confirmation call for this trial, reads its verdict, and lets the
 * machine decide. A rule the machine rejects is its TrialRuleError: a 409
 * whose body carries the rule's code.
 */
@Injectable()
export class TrialOutcomes {
  constructor(
    private readonly transactions: TrialTransactions,
    private readonly transitions: TrialTransitions,
    private readonly ledger: LedgerService,
    private readonly calls: CallReader,
  ) {}

  record(trialId: number, step: StepNumber, input: OutcomeInput): Promise<TrialRecord> {
    return this.transactions.run(async (tx) => {
      const trial = await tx.getRepository(Trial).findOneBy({ id: trialId });
      if (!trial) throw new NotFoundError(`trial ${trialId}`);
      const call = await this.confirmationCall(tx, trialId, input.callId);
      const { callValid, cancelMethodSaid } = confirmationEvidence(call, input.outcome);
      // Chained before the machine acts, so what it sets off (a cancellation) follows it
      // in the chain; a rule the machine rejects rolls the entry back with the rest.
      await this.ledger.appendConfirmation(tx, {
        trialId,
        step,
        outcome: input.outcome,
        counts: callValid,
        cancelMethodSaid,
        trialEnd: trial.trialEnd,
        call,
      });
      const applied = await this.transitions.applyIn(tx, trialId, (record, _state, now) => {
        if (call.phone !== record.trial.phone) {
          throw new InvalidInputError(
            `callId: call ${call.id} was made to another number than trial ${trialId}'s`,
          );
        }
        return {
          type: 'outcome',
          step,
          outcome: input.outcome,
          callId: String(call.id),
          callValid,
          cancelMethodSaid,
          at: now,
        };
      });
      if (!applied.record) throw new NotFoundError(`trial ${trialId}`);
      return applied.record;
    });
  }

  private async confirmationCall(tx: EntityManager, trialId: number, callId: number) {
    const call = await this.calls.byId(callId, tx);
    if (!call) throw new InvalidInputError(`callId: there is no call ${callId}`);
    if (call.purpose !== 'confirmation') {
      throw new InvalidInputError(
        `callId: call ${callId} is a ${call.purpose} call, not a confirmation call`,
      );
    }
    if (call.trialId !== trialId) {
      throw new InvalidInputError(
        `callId: call ${callId} belongs to ${call.trialId ? `trial ${call.trialId}` : 'no trial'}, not trial ${trialId}`,
      );
    }
    return call;
  }
}
