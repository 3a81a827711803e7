import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, Not, Repository } from 'typeorm';
import { pageBefore, type RetentionPage } from '../database/retention-page.js';
import { Trial } from './trial.entity.js';

/**
 * Subscription orders past their clock, for the retention purge. The clock
 * runs from the order's close (a trial still running is an order in force),
 * and only the number goes: the order's terms and outcome stay for the figures.
 */
@Injectable()
export class TrialRetention {
  constructor(@InjectRepository(Trial) private readonly trials: Repository<Trial>) {}

  async closedBefore(page: RetentionPage): Promise<{ id: number; callId: number; since: Date }[]> {
    const rows = await pageBefore(
      this.trials
        .createQueryBuilder('t')
        .select(['t.id', 't.saleCallId', 't.closedAt'])
        .where("t.closed_at IS NOT NULL AND t.phone <> ''"),
      { id: 't.id', clock: 't.closed_at' },
      page,
    ).getMany();
    return rows.map((r) => ({ id: r.id, callId: r.saleCallId, since: r.closedAt! }));
  }

  async anonymise(ids: number[]): Promise<number> {
    if (ids.length === 0) return 0;
    const res = await this.trials.update({ id: In(ids), phone: Not('') }, { phone: '' });
    return res.affected ?? ids.length;
  }
}

/**
 * A static module of its own: TrialsModule is built once by forRoot (its
 * processors with it), so the retention module cannot import it again.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Trial])],
  providers: [TrialRetention],
  exports: [TrialRetention],
})
export class TrialRetentionModule {}
