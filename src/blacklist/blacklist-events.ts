import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TypedEvents } from '../common/events/typed-events.js';

/** A number was blacklisted: a trial in progress is cancelled and never called again, in the same transaction. */
export type BlacklistEventMap = { added: [phone: string, manager: EntityManager] };

@Injectable()
export class BlacklistEvents extends TypedEvents<BlacklistEventMap> {}
