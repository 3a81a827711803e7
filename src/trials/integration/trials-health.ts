import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { HealthExtras } from '../../common/health/health-extras.js';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../clock.js';
import { OPEN_STATUSES } from '../delivery/due-confirmations.service.js';
import { localIso } from '../persistence/trial-record.js';
import { TrialStep } from '../trial-step.entity.js';
import { Trial } from '../trial.entity.js';

/**
 * Adds to /api/health: the oldest step whose due time has passed but whose job
 * has not fired (scheduler lag or lost jobs), and how many steps wait for a call.
 */
@Injectable()
export class TrialsHealth implements OnModuleInit {
  constructor(
    @InjectRepository(TrialStep) private readonly steps: Repository<TrialStep>,
    private readonly extras: HealthExtras,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.extras.register(() => this.collect());
  }

  async collect(): Promise<Record<string, unknown>> {
    const now = this.clock.now();
    const open = () =>
      this.steps
        .createQueryBuilder('s')
        .innerJoin(Trial, 't', 't.id = s.trialId')
        .where('t.status IN (:...open)', { open: OPEN_STATUSES });
    const oldest = await open()
      .andWhere("s.status IN ('scheduled', 'invalid') AND s.dueAt <= :now", {
        now: now.toISOString(),
      })
      .orderBy('s.dueAt', 'ASC')
      // getOne() alone reads and hydrates every overdue step to keep the first:
      // after a large import of trial sales that is tens of thousands of rows per probe.
      .limit(1)
      .getOne();
    const calling = await open().andWhere("s.status = 'calling'").getCount();
    return {
      oldestOverdueStep: oldest && {
        trialId: oldest.trialId,
        step: oldest.step,
        attempt: oldest.attempt,
        status: oldest.status,
        dueAt: localIso(oldest.dueAt, this.config.timeZone),
        overdueSeconds: Math.round((now.getTime() - oldest.dueAt.getTime()) / 1_000),
      },
      confirmationsCalling: calling,
    };
  }
}
