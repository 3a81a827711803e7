import { Injectable } from '@nestjs/common';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Principal } from '../common/access/principal.js';
import { AuditService } from '../common/audit/audit.service.js';
import { ComplaintReader } from '../complaints/index.js';
import { ContestedWorkOrders } from '../qa/index.js';
import { cutoffOf, purgeable } from './domain/clock.js';
import type { ClockedClass } from './domain/data-classes.js';
import { PurgeSources, type PurgeSource } from './purge-sources.js';
import { RetentionPolicies } from './retention-policies.service.js';

/** Items per batch: one transaction and one hold lookup each, then the event loop breathes. */
export const PURGE_BATCH = 200;
/** A dry run lists at most this many ids per class (the count is always whole). */
export const LISTED_IDS = 100;

export interface ClassOutcome {
  dataClass: ClockedClass;
  keepDays: number;
  cutoff: Date;
  /** Past the clock and not held: what goes (a dry run: what would go). */
  count: number;
  /** Past the clock but on legal hold (an open complaint or contest on the call): kept. */
  held: number;
  /** What the run actually removed (0 in a dry run). */
  removed: number;
  ids: number[];
}

export interface PurgeOutcome {
  dryRun: boolean;
  at: Date;
  classes: ClassOutcome[];
}

/**
 * The purge: for each class, pages of items past its clock from the owning
 * module, minus what a legal hold protects, removed batch by batch. Counts per
 * class (never content) go to the audit log.
 */
@Injectable()
export class RetentionPurge {
  constructor(
    private readonly policies: RetentionPolicies,
    private readonly sources: PurgeSources,
    private readonly complaints: ComplaintReader,
    private readonly contests: ContestedWorkOrders,
    private readonly audit: AuditService,
  ) {}

  async run(opts: { dryRun: boolean; now: Date; actor?: Principal | null; requestId?: string }) {
    const contested = await this.contests.complaintIds();
    const classes: ClassOutcome[] = [];
    for (const source of this.sources.all()) {
      const keepDays = await this.policies.keepDays(source.dataClass);
      if (keepDays === null) continue;
      classes.push(await this.runClass(source, keepDays, contested, opts));
    }
    const outcome: PurgeOutcome = { dryRun: opts.dryRun, at: opts.now, classes };
    if (!opts.dryRun)
      await this.audit.record({
        actor: opts.actor ?? null,
        action: 'retention.purge',
        entity: 'retention',
        requestId: opts.requestId ?? null,
        details: {
          at: opts.now.toISOString(),
          removed: Object.fromEntries(classes.map((c) => [c.dataClass, c.removed])),
          held: Object.fromEntries(classes.map((c) => [c.dataClass, c.held])),
          keepDays: Object.fromEntries(classes.map((c) => [c.dataClass, c.keepDays])),
        },
      });
    return outcome;
  }

  private async runClass(
    source: PurgeSource,
    keepDays: number,
    contested: number[],
    opts: { dryRun: boolean; now: Date },
  ): Promise<ClassOutcome> {
    const cutoff = cutoffOf(opts.now, keepDays);
    const out: ClassOutcome = {
      dataClass: source.dataClass,
      keepDays,
      cutoff,
      count: 0,
      held: 0,
      removed: 0,
      ids: [],
    };
    for (let afterId = 0; ;) {
      const { items, lastId } = await source.scan({
        before: cutoff,
        afterId,
        limit: PURGE_BATCH,
      });
      if (lastId === null) break;
      const callIds = [...new Set(items.flatMap((i) => (i.callId === null ? [] : [i.callId])))];
      const holds = await this.complaints.heldCalls(callIds, contested);
      const { purge, held } = purgeable(items, cutoff, holds);
      out.count += purge.length;
      out.held += held.length;
      out.ids.push(...purge.slice(0, LISTED_IDS - out.ids.length).map((i) => i.id));
      if (!opts.dryRun) out.removed += await source.remove(purge, keepDays, opts.now);
      afterId = lastId;
      // Bounded batches: other requests and jobs run between them.
      await yieldToLoop();
    }
    return out;
  }
}
