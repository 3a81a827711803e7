import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/access/principal.js';
import { InvalidInputError, NotFoundError } from '../common/errors.js';
import { normalizePhone, phoneKey } from '../common/phone/normalize-phone.js';
import { BlacklistEvent } from './blacklist-event.entity.js';
import { BlacklistEvents } from './blacklist-events.js';
import { type BlacklistEntryView, toBlacklistEntryView } from './blacklist-view.js';
import { BlacklistNumber, type BlacklistSource } from './blacklist-number.entity.js';

/** Numbers per blacklist page: one joined string of ~120 KB each. */
const LOAD_PAGE_ROWS = 10_000;

export interface BlacklistChange {
  reason: string;
  source: BlacklistSource;
  actor?: Principal | null;
  complaintId?: number | null;
}

@Injectable()
export class BlacklistService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: BlacklistEvents,
  ) {}

  normalize(raw: string): string {
    const phone = normalizePhone(raw);
    if (!phone)
      throw new InvalidInputError(`phone: "${raw.slice(0, 40)}" is not a valid phone number`);
    return phone;
  }

  /** Adds (or re-activates) a number; returns false when it was already on the list. */
  async add(
    raw: string,
    change: BlacklistChange,
    manager?: EntityManager,
  ): Promise<{ phone: string; added: boolean }> {
    const phone = this.normalize(raw);
    const write = async (tx: EntityManager) => {
      const repo = tx.getRepository(BlacklistNumber);
      const current = await repo.findOneBy({ phone });
      if (current?.active) return { phone, added: false };
      const now = new Date();
      await repo.save({
        phone,
        active: true,
        reason: change.reason,
        source: change.source,
        complaintId: change.complaintId ?? null,
        since: now,
        updatedAt: now,
      });
      await this.event(tx, phone, 'add', change, now);
      await this.events.emit('added', phone, tx);
      return { phone, added: true };
    };
    return manager ? write(manager) : this.db.transaction(write);
  }

  async remove(raw: string, change: BlacklistChange): Promise<{ phone: string }> {
    const phone = this.normalize(raw);
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(BlacklistNumber);
      const current = await repo.findOneBy({ phone });
      if (!current?.active) throw new NotFoundError(`${phone} on the blacklist`);
      const now = new Date();
      await repo.update({ phone }, { active: false, updatedAt: now });
      await this.event(tx, phone, 'remove', change, now);
      return { phone };
    });
  }

  async lookup(raw: string): Promise<BlacklistEntryView> {
    const phone = this.normalize(raw);
    const current = await this.db.getRepository(BlacklistNumber).findOneBy({ phone });
    const history = await this.db
      .getRepository(BlacklistEvent)
      .find({ where: { phone }, order: { id: 'ASC' } });
    return toBlacklistEntryView(phone, current, history);
  }

  async isBlacklisted(raw: string): Promise<boolean> {
    const phone = normalizePhone(raw);
    if (!phone) return false;
    return (await this.db.getRepository(BlacklistNumber).countBy({ phone, active: true })) > 0;
  }

  /**
   * The active list's keys (see `phoneKey`), 8 bytes a number, loaded once per
   * filter pass: a flat array can be handed to a worker thread as it is.
   *
   * Pages come back as one comma-joined string each rather than a row object
   * per number: 500k row objects left ~40 MB of promoted garbage on an API
   * heap that then sat idle through the pass, and took over twice as long. Pages
   * are keyset ranges of the primary key, so each is an index range scan;
   * filtering on `active` in the WHERE clause let SQLite choose the `active`
   * index and sort the whole list for every page instead.
   */
  async loadKeys(): Promise<Float64Array> {
    const concat = this.db.options.type === 'postgres' ? 'string_agg' : 'group_concat';
    let keys = new Float64Array(1024);
    let count = 0;
    let last = '';
    for (;;) {
      const page: { phones: string | null; last: string | null } | undefined = await this.db
        .createQueryBuilder()
        .select(`${concat}(CASE WHEN page.active THEN page.phone END, ',')`, 'phones')
        .addSelect('max(page.phone)', 'last')
        .from(
          (sub) =>
            sub
              .select('b.phone', 'phone')
              .addSelect('b.active', 'active')
              .from(BlacklistNumber, 'b')
              .where('b.phone > :last', { last })
              .orderBy('b.phone', 'ASC')
              .limit(LOAD_PAGE_ROWS),
          'page',
        )
        .getRawOne();
      if (!page?.last) return keys.slice(0, count);
      last = page.last;
      const phones = page.phones ?? '';
      if (count + LOAD_PAGE_ROWS > keys.length) {
        const grown = new Float64Array(keys.length * 2 + LOAD_PAGE_ROWS);
        grown.set(keys);
        keys = grown;
      }
      for (let at = 0; at < phones.length;) {
        const comma = phones.indexOf(',', at);
        const end = comma < 0 ? phones.length : comma;
        keys[count++] = phoneKey(phones.slice(at, end));
        at = end + 1;
      }
    }
  }

  private async event(
    tx: EntityManager,
    phone: string,
    action: 'add' | 'remove',
    change: BlacklistChange,
    at: Date,
  ) {
    await tx.getRepository(BlacklistEvent).insert({
      phone,
      action,
      reason: change.reason,
      source: change.source,
      complaintId: change.complaintId ?? null,
      actorId: change.actor?.id ?? null,
      actorName: change.actor?.name ?? null,
      at,
    });
  }
}
