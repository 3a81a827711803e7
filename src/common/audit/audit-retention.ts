import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { pageBefore, type RetentionPage } from '../../database/retention-page.js';
import { AuditEntry } from './audit-entry.entity.js';

/** Audit rows past their clock, for the retention purge (rows go whole: they name people). */
@Injectable()
export class AuditRetention {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async older(page: RetentionPage): Promise<{ id: number; since: Date }[]> {
    const rows = await pageBefore(
      this.entries.createQueryBuilder('a').select(['a.id', 'a.at']),
      { id: 'a.id', clock: 'a.at' },
      page,
    ).getMany();
    return rows.map((r) => ({ id: r.id, since: r.at }));
  }

  async remove(ids: number[]): Promise<number> {
    if (ids.length === 0) return 0;
    return (await this.entries.delete({ id: In(ids) })).affected ?? ids.length;
  }
}
