import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { BlacklistService } from '../blacklist/blacklist.service.js';
import { InvalidInputError } from '../common/errors.js';
import { AppConfig } from '../config/app-config.js';
import { Complaint } from './complaint.entity.js';
import { ListComplaintsQuery } from './dto/list-complaints.dto.js';

@Injectable()
export class ComplaintQueries {
  constructor(
    @InjectRepository(Complaint) private readonly complaints: Repository<Complaint>,
    private readonly blacklist: BlacklistService,
    private readonly config: AppConfig,
  ) {}

  async list(
    q: ListComplaintsQuery,
    now: Date,
  ): Promise<{ items: Complaint[]; nextCursor: number | null }> {
    const limit = q.limit ?? 50;
    const qb = this.complaints
      .createQueryBuilder('c')
      .orderBy('c.id', 'DESC')
      .take(limit + 1);
    if (q.cursor) qb.andWhere('c.id < :cursor', { cursor: q.cursor });
    if (q.status) qb.andWhere('c.status = :status', { status: q.status });
    if (q.phone) qb.andWhere('c.phone = :phone', { phone: this.blacklist.normalize(q.phone) });
    if (q.agentCode) qb.andWhere('c.agent_code = :agent', { agent: q.agentCode });
    if (q.escalated) qb.andWhere('c.escalated = :escalated', { escalated: q.escalated === 'true' });
    if (q.from) qb.andWhere('c.received_at >= :from', { from: this.dayStart(q.from, 'from', 0) });
    if (q.to) qb.andWhere('c.received_at < :to', { to: this.dayStart(q.to, 'to', 1) });
    if (q.overdue) whereOverdue(qb, now);
    const rows = await qb.getMany();
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }

  /** Open complaints past a time limit, oldest first: the order to work through them. */
  overdue(now: Date): Promise<Complaint[]> {
    const qb = this.complaints.createQueryBuilder('c').orderBy('c.received_at', 'ASC');
    return whereOverdue(qb, now).addOrderBy('c.id', 'ASC').getMany();
  }

  /** Start of a local day (CENTRE_TZ) plus `days`, as stored: UTC ISO text. */
  private dayStart(date: string, field: string, days: number): string {
    const day = DateTime.fromISO(date, { zone: this.config.timeZone });
    if (!day.isValid) throw new InvalidInputError(`${field}: ${date} is not a calendar date`);
    return day.plus({ days }).toUTC().toJSDate().toISOString();
  }
}

/**
 * Timestamps are fixed-width UTC ISO text, so `<` on text is `<` in time on
 * both dialects; the same rule as overdueKinds() in the domain.
 */
function whereOverdue(qb: SelectQueryBuilder<Complaint>, now: Date) {
  return qb.andWhere(
    `c.closed_at IS NULL AND (
      (c.first_contacted_at IS NULL AND c.first_contact_due_at < :now) OR
      (c.resolved_at IS NULL AND c.resolution_due_at < :now))`,
    { now: now.toISOString() },
  );
}
