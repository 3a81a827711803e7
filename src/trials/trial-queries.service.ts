import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../common/errors.js';
import { AppConfig } from '../config/app-config.js';
import { loadTrial, withSteps, type TrialRecord } from './persistence/trial-record.js';
import { Trial } from './trial.entity.js';
import { toTrialView, type TrialView } from './trial-view.js';

/** Read side of trials: by id and by phone. */
@Injectable()
export class TrialQueries {
  constructor(
    @InjectRepository(Trial) private readonly trials: Repository<Trial>,
    private readonly config: AppConfig,
  ) {}

  view(record: TrialRecord): TrialView {
    return toTrialView(record, this.config.timeZone);
  }

  async get(id: number): Promise<TrialView> {
    const record = await loadTrial(this.trials.manager, id);
    if (!record) throw new NotFoundError(`trial ${id}`);
    return this.view(record);
  }

  /** Every trial of a (normalised) number, newest first. */
  async byPhone(phone: string): Promise<TrialView[]> {
    const trials = await this.trials.find({ where: { phone }, order: { id: 'DESC' }, take: 200 });
    return (await withSteps(this.trials.manager, trials)).map((r) => this.view(r));
  }
}
