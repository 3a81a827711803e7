import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, type EntityManager, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { withSteps } from './persistence/trial-record.js';
import { TrialStep } from './trial-step.entity.js';
import { Trial } from './trial.entity.js';
import { toTrialView, type TrialView } from './trial-view.js';

export interface SubjectTrial {
  view: TrialView;
  /** Cancelled and closed: the order's retention clock runs from `closedAt`. */
  closed: boolean;
  closedAt: Date | null;
}

/**
 * Trials' side of a data subject's rights: the subscription orders of a number
 * (by it or by an earlier erase's keyed hash), and replacing the number of
 * those whose five months are over.
 */
@Injectable()
export class SubjectTrials {
  constructor(
    @InjectRepository(Trial) private readonly trials: Repository<Trial>,
    private readonly config: AppConfig,
  ) {}

  async of(phones: string[]): Promise<SubjectTrial[]> {
    const trials = await this.trials.find({ where: { phone: In(phones) }, order: { id: 'ASC' } });
    return (await withSteps(this.trials.manager, trials)).map((record) => ({
      view: toTrialView(record, this.config.timeZone),
      closed: record.trial.status === 'cancelled' && record.trial.closedAt !== null,
      closedAt: record.trial.closedAt,
    }));
  }

  async anonymise(tx: EntityManager, ids: number[], hashed: string): Promise<void> {
    if (ids.length > 0) await tx.getRepository(Trial).update({ id: In(ids) }, { phone: hashed });
  }
}

/** Not the TrialsModule (a dynamic module with queues): only what the subjects module reads. */
@Module({
  imports: [TypeOrmModule.forFeature([Trial, TrialStep])],
  providers: [SubjectTrials],
  exports: [SubjectTrials],
})
export class SubjectTrialsModule {}
