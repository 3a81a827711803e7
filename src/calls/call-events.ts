import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TypedEvents } from '../common/events/typed-events.js';
import type { Call } from './call.entity.js';

/**
 * What happens to calls, for other modules to react to without the calls
 * module depending on them: trials open on a valid trial sale and cancel when
 * QA makes a sale invalid. Listeners run inside the transaction that stored
 * the change, so a call and what follows from it are written together or not at all.
 */
export type CallEventMap = {
  /** New calls were stored (not on an idempotent repeat); once per batch, an import stores hundreds. */
  stored: [calls: Call[], manager: EntityManager];
  /** The call's final verdict changed (human review, overturn, or re-evaluation). */
  finalVerdictChanged: [call: Call, manager: EntityManager];
  /** A remedial call-back (回访修正) found the customer did not agree: the subscription is cancelled. */
  saleCancelled: [call: Call, manager: EntityManager];
  /** A held sale was confirmed by a valid remedial call-back: it is activated after all. */
  saleReinstated: [call: Call, manager: EntityManager];
};

@Injectable()
export class CallEvents extends TypedEvents<CallEventMap> {}
