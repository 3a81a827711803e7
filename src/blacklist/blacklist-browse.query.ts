import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InvalidInputError } from '../common/errors.js';
import { normalizePhone } from '../common/phone/normalize-phone.js';
import { containsPattern, LIKE_ESCAPE } from '../database/like.js';
import { BlacklistNumber } from './blacklist-number.entity.js';
import type { BlacklistPageView } from './blacklist-view.js';
import type { BlacklistBrowseQueryDto } from './dto/blacklist.dto.js';

/** Full-width digits (as typed with a Chinese IME) count as digits. */
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/**
 * The active list a page at a time, newest first. A search that is a whole
 * number in any spelling finds exactly that number (stored normalised); a
 * shorter one finds the numbers that contain its digits.
 */
@Injectable()
export class BlacklistBrowseQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(q: BlacklistBrowseQueryDto): Promise<BlacklistPageView> {
    const limit = q.limit ?? 50;
    const offset = q.offset ?? 0;
    const qb = this.db
      .getRepository(BlacklistNumber)
      .createQueryBuilder('b')
      .where('b.active = :active', { active: true });
    if (q.search !== undefined) {
      const whole = normalizePhone(q.search);
      if (whole !== null) qb.andWhere('b.phone = :phone', { phone: whole });
      else
        qb.andWhere(`b.phone LIKE :digits ${LIKE_ESCAPE}`, {
          digits: containsPattern(digitsOf(q.search)),
        });
    }
    const [rows, total] = await qb
      .orderBy('b.since', 'DESC')
      .addOrderBy('b.phone', 'ASC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return {
      total,
      offset,
      limit,
      items: rows.map((b) => ({
        phone: b.phone,
        since: b.since.toISOString(),
        reason: b.reason,
        source: b.source,
        complaintId: b.complaintId,
      })),
    };
  }
}

function digitsOf(search: string): string {
  const digits = search
    .replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\D/g, '');
  if (digits === '')
    throw new InvalidInputError('search: give a phone number or some of its digits');
  return digits;
}
