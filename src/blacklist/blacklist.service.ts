import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { InvalidInputError, NotFoundError } from '../common/errors.js';
import { normalizePhone, phoneKey } from '../common/phone/normalize-phone.js';
import { BlacklistEvent } from './blacklist-event.entity.js';
import { BlacklistEvents } from './blacklist-events.js';
import { BlacklistNumber, type BlacklistSource } from './blacklist-number.entity.js';
import { PhoneSet } from './domain/phone-set.js';

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
      await this.events.emitAdded(phone, tx);
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

  async lookup(raw: string) {
    const phone = this.normalize(raw);
    const current = await this.db.getRepository(BlacklistNumber).findOneBy({ phone });
    const history = await this.db
      .getRepository(BlacklistEvent)
      .find({ where: { phone }, order: { id: 'ASC' } });
    return {
      phone,
      blacklisted: current?.active ?? false,
      since: current?.active ? current.since : null,
      reason: current?.active ? current.reason : null,
      source: current?.active ? current.source : null,
      history: history.map(({ action, reason, source, complaintId, actorName, at }) => ({
        action,
        reason,
        source,
        complaintId,
        actor: actorName,
        at,
      })),
    };
  }

  async isBlacklisted(raw: string): Promise<boolean> {
    const phone = normalizePhone(raw);
    if (!phone) return false;
    return (await this.db.getRepository(BlacklistNumber).countBy({ phone, active: true })) > 0;
  }

  /** The active list as a compact integer set, loaded once per filter pass. */
  async loadSet(): Promise<PhoneSet> {
    const set = new PhoneSet(1024);
    let last = '';
    for (;;) {
      const rows: { phone: string }[] = await this.db
        .getRepository(BlacklistNumber)
        .createQueryBuilder('b')
        .select('b.phone', 'phone')
        .where('b.active = :active AND b.phone > :last', { active: true, last })
        .orderBy('b.phone', 'ASC')
        .limit(50_000)
        .getRawMany();
      if (rows.length === 0) return set;
      for (const r of rows) set.add(phoneKey(r.phone));
      last = rows[rows.length - 1].phone;
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
