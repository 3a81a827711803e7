import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { CatalogueReader } from '../../catalogue/index.js';
import { AppConfig } from '../../config/app-config.js';
import { localIso } from '../persistence/trial-record.js';
import { TrialStep } from '../trial-step.entity.js';
import { Trial } from '../trial.entity.js';
import { fillScript } from './confirmation-script.js';

export const OPEN_STATUSES = ['trial', 'extended', 'confirmed'] as const;

/** A confirmation call to make now: what the agent (or the dialer) needs. */
export interface DueConfirmation {
  trialId: number;
  step: number;
  attempt: number;
  phone: string;
  productCode: string;
  productName: string;
  trialEnd: string;
  dueAt: string;
  callingSince: string | null;
  scriptVersion: string | null;
  /** The approved confirmation script with this trial's price, end date and cancel method filled in. */
  script: string | null;
}

/** Steps whose job fired (status `calling`) on trials still open, oldest due first. */
@Injectable()
export class DueConfirmations {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly catalogue: CatalogueReader,
  ) {}

  async list(limit = 200): Promise<DueConfirmation[]> {
    const steps = await this.query()
      .orderBy('s.dueAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit)
      .getMany();
    return this.describe(steps);
  }

  async one(trialId: number, step: number): Promise<DueConfirmation | null> {
    const steps = await this.query()
      .andWhere('s.trialId = :trialId AND s.step = :step', { trialId, step })
      .getMany();
    return (await this.describe(steps))[0] ?? null;
  }

  private query() {
    return this.db
      .getRepository(TrialStep)
      .createQueryBuilder('s')
      .innerJoin(Trial, 't', 't.id = s.trialId')
      .where('s.status = :calling', { calling: 'calling' })
      .andWhere('t.status IN (:...open)', { open: OPEN_STATUSES });
  }

  private async describe(steps: TrialStep[]): Promise<DueConfirmation[]> {
    if (steps.length === 0) return [];
    const trials = await this.db
      .getRepository(Trial)
      .findBy({ id: In(steps.map((s) => s.trialId)) });
    const productIds = [...new Set(trials.map((t) => t.productId))];
    const products = await this.catalogue.productsByIds(productIds);
    const scripts = await this.catalogue.approvedScripts(productIds, 'confirmation');
    const tz = this.config.timeZone;
    return steps.map((s) => {
      const trial = trials.find((t) => t.id === s.trialId)!;
      const product = products.find((p) => p.id === trial.productId)!;
      const script = scripts.find((v) => v.productId === product.id) ?? null;
      return {
        trialId: trial.id,
        step: s.step,
        attempt: s.attempt,
        phone: trial.phone,
        productCode: trial.productCode,
        productName: product.name,
        trialEnd: trial.trialEnd,
        dueAt: localIso(s.dueAt, tz),
        callingSince: s.callingSince ? localIso(s.callingSince, tz) : null,
        scriptVersion: script?.version ?? null,
        script: script
          ? fillScript(script.text, {
              ...product,
              trialDays: trial.trialDays,
              trialEnd: trial.trialEnd,
            })
          : null,
      };
    });
  }
}
