import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository } from 'typeorm';
import { Complaint } from './complaint.entity.js';
import { missedLimits, type OverdueKind } from './domain/complaint-deadlines.js';

/** A closed complaint as other modules see it (plain facts, never the entity). */
export interface ClosedComplaint {
  id: number;
  ownerId: number | null;
  ownerName: string;
  closedAt: Date;
  /** 不满意工单重启: times a dissatisfied customer sent it back. */
  reopenCount: number;
  /** The limits it missed before it closed; empty when handled in time. */
  missedLimits: OverdueKind[];
}

/** The complaints' read side for other modules (work-order QA draws closed complaints). */
@Injectable()
export class ComplaintReader {
  constructor(@InjectRepository(Complaint) private readonly complaints: Repository<Complaint>) {}

  /** Complaints closed in [from, to), in id order. Timestamps are fixed-width UTC text. */
  async closedBetween(from: Date, to: Date): Promise<ClosedComplaint[]> {
    const rows = await this.complaints
      .createQueryBuilder('c')
      .where('c.closed_at >= :from AND c.closed_at < :to', {
        from: from.toISOString(),
        to: to.toISOString(),
      })
      .orderBy('c.id', 'ASC')
      .getMany();
    return rows.map((c) => ({
      id: c.id,
      ownerId: c.ownerId,
      ownerName: c.ownerName,
      closedAt: c.closedAt!,
      reopenCount: c.reopenCount,
      missedLimits: missedLimits({ ...c, closedAt: c.closedAt! }),
    }));
  }

  /**
   * Among `callIds`, the calls on legal hold: a complaint about them is still
   * open, or is one of `contested` (a closed complaint whose work-order review
   * the handler contests and no one has decided yet).
   */
  async heldCalls(callIds: number[], contested: number[] = []): Promise<Set<number>> {
    if (callIds.length === 0) return new Set();
    const rows = await this.complaints.find({
      select: { callId: true },
      where: [
        { callId: In(callIds), status: Not('closed') },
        ...(contested.length > 0 ? [{ callId: In(callIds), id: In(contested) }] : []),
      ],
    });
    return new Set(rows.map((r) => r.callId!));
  }
}
