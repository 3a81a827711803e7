import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/access/principal.js';
import { BlacklistService } from '../blacklist/blacklist.service.js';
import { ConflictError, DomainError, NotFoundError } from '../common/errors.js';
import { AppConfig } from '../config/app-config.js';
import { blacklistFor } from './complaint-blacklisting.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { Complaint } from './complaint.entity.js';
import { planMove } from './domain/call-back.js';
import { dueTimes } from './domain/complaint-deadlines.js';
import { mentionsOptOut } from './domain/opt-out.js';
import { TransitionComplaintDto } from './dto/transition-complaint.dto.js';

/** 首问负责制: the recorder keeps the complaint; only supervisors and admins may step in. */
export class NotComplaintOwnerError extends DomainError {
  constructor(complaint: Complaint) {
    super(
      'forbidden',
      'COMPLAINT_NOT_OWNER',
      `only the owner of complaint ${complaint.id} (${complaint.ownerName}), ` +
        'a supervisor or an admin may move it',
    );
  }
}

@Injectable()
export class ComplaintTransitions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly blacklist: BlacklistService,
    private readonly config: AppConfig,
  ) {}

  async move(id: number, dto: TransitionComplaintDto, actor: Principal): Promise<void> {
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(Complaint);
      const complaint = await repo.findOneBy({ id });
      if (!complaint) throw new NotFoundError(`complaint ${id}`);
      const steppingIn = actor.role === 'admin' || actor.role === 'supervisor';
      if (!steppingIn && complaint.ownerId !== actor.id)
        throw new NotComplaintOwnerError(complaint);
      const from = complaint.status;
      const plan = planMove(complaint, dto);
      const now = new Date();
      // The customer may opt out at any contact, the call-back (回访) most of all.
      const optingOut =
        !complaint.optOut && (dto.optOut === true || mentionsOptOut(dto.note, dto.outcome));
      const changes: Partial<Complaint> = {
        status: plan.status,
        callBackResult: plan.callBackResult,
        reopenCount: plan.reopenCount,
        ...(plan.callBack && { callBacks: complaint.callBacks + 1 }),
        ...(plan.stamps.firstContact && { firstContactedAt: now }),
        ...(plan.stamps.resolved && { resolvedAt: now }),
        ...(plan.stamps.closed && { closedAt: now }),
        // Handled again by the same owner, with the full resolution time from now.
        ...(plan.reopened && {
          resolvedAt: null,
          resolutionDueAt: dueTimes(now, this.config.complaintDeadlines).resolutionDueAt,
        }),
        ...(plan.escalation && {
          escalated: true,
          escalationReason: [complaint.escalationReason, plan.escalation]
            .filter(Boolean)
            .join('; ')
            .slice(0, 500),
        }),
        ...(dto.outcome !== undefined && { outcome: dto.outcome }),
        ...(optingOut && { optOut: true }),
      };
      // Guarded on the status read above: of two concurrent moves, one wins and one gets 409.
      const updated = await repo.update({ id, status: from }, changes);
      if (updated.affected === 0)
        throw new ConflictError(`complaint ${id} changed while moving it from ${from}; reload it`);
      const blacklisted = optingOut
        ? await blacklistFor(this.blacklist, { ...complaint, ...changes }, actor, tx)
        : null;
      const note = [
        plan.reopened && `reopened (${plan.reopenCount}): customer dissatisfied at the call-back`,
        plan.callBackResult === 'unreachable' && 'customer unreachable at the call-back',
        dto.note,
        blacklisted && `opt-out: number blacklisted`,
      ].filter(Boolean);
      await tx.getRepository(ComplaintEvent).insert({
        complaintId: id,
        fromStatus: from,
        toStatus: plan.status,
        note: note.length ? note.join('; ') : null,
        actorId: actor.id,
        actorName: actor.name,
        at: now,
      });
    });
  }
}
