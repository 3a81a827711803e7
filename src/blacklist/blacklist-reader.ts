import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BulkSql } from '../database/bulk-sql.js';
import { BlacklistNumber } from './blacklist-number.entity.js';

/** What other modules may ask of the blacklist, inside their own transaction. */
@Injectable()
export class BlacklistReader {
  /** The normalised numbers among `phones` that are blacklisted now. */
  async activeAmong(phones: string[], manager: EntityManager): Promise<Set<string>> {
    const rows = await new BulkSql(manager).whereIn<{ phone: string; active: unknown }>(
      BlacklistNumber,
      'phone, active',
      'phone',
      [...new Set(phones)],
    );
    // SQLite returns booleans as 0/1.
    return new Set(
      rows.filter((r) => r.active === true || Number(r.active) === 1).map((r) => r.phone),
    );
  }
}
