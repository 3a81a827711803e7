import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';

/** Audit rows past their clock, for the retention purge (rows go whole: they name people). */
@Injectable()
export class AuditRetention {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async older(page: {
    before: Date;
    afterId: number;
    limit: number;
  }): Promise<{ id: number; since: Date }[]> {
    const rows = await this.entries
      .createQueryBuilder('a')
      .select(['a.id', 'a.at'])
      .where('a.id > :afterId AND a.at < :before', {
        afterId: page.afterId,
        before: page.before.toISOString(),
      })
      .orderBy('a.id', 'ASC')
      .limit(page.limit)
      .getMany();
    return rows.map((r) => ({ id: r.id, since: r.at }));
  }

  async remove(ids: number[]): Promise<number> {
    if (ids.length === 0) return 0;
    return (await this.entries.delete({ id: In(ids) })).affected ?? ids.length;
  }
}
