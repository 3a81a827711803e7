import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type BlacklistedListener = (phone: string, manager: EntityManager) => Promise<void>;

/**
 * Lets other modules react when a number is blacklisted (a trial in progress
 * is cancelled and never called again), inside the same transaction.
 */
@Injectable()
export class BlacklistEvents {
  private readonly added: BlacklistedListener[] = [];

  onAdded(listener: BlacklistedListener): void {
    this.added.push(listener);
  }

  async emitAdded(phone: string, manager: EntityManager): Promise<void> {
    for (const l of this.added) await l(phone, manager);
  }
}
