import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { rm } from 'node:fs/promises';
import { In, Not, Repository } from 'typeorm';
import { pageBefore, type RetentionPage } from '../../database/retention-page.js';
import { DialList } from './dial-list.entity.js';

/**
 * Dial lists past their clock, for the retention purge: the uploaded file,
 * the filtered export and the rejected rows are numbers, so they go, and the
 * row naming them with them. A list still being filtered is never touched.
 */
@Injectable()
export class DialListRetention {
  constructor(@InjectRepository(DialList) private readonly lists: Repository<DialList>) {}

  async older(page: RetentionPage): Promise<{ id: number; since: Date }[]> {
    const rows = await pageBefore(
      this.lists
        .createQueryBuilder('d')
        .select(['d.id', 'd.createdAt'])
        .where("d.status <> 'processing'"),
      { id: 'd.id', clock: 'd.created_at' },
      page,
    ).getMany();
    return rows.map((r) => ({ id: r.id, since: r.createdAt }));
  }

  async remove(ids: number[]): Promise<number> {
    if (ids.length === 0) return 0;
    const lists = await this.lists.findBy({ id: In(ids), status: Not('processing') });
    for (const l of lists)
      for (const path of [l.storedPath, l.outputPath, l.rejectedPath])
        if (path) await rm(path, { force: true });
    if (lists.length === 0) return 0;
    return (await this.lists.delete({ id: In(lists.map((l) => l.id)) })).affected ?? lists.length;
  }
}
