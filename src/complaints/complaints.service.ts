import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/access/principal.js';
import { BlacklistService } from '../blacklist/blacklist.service.js';
import { CallReader, type CallFacts } from '../calls/index.js';
import { InvalidInputError, NotFoundError } from '../common/errors.js';
import { AppConfig } from '../config/app-config.js';
import { blacklistFor, type BlacklistOutcome } from './complaint-blacklisting.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { Complaint } from './complaint.entity.js';
import { dueTimes } from './domain/complaint-deadlines.js';
import { escalationReason, repeatWindow } from './domain/escalation.js';
import { mentionsOptOut } from './domain/opt-out.js';
import { CreateComplaintDto } from './dto/create-complaint.dto.js';

/** Clock skew tolerated before a receivedAt counts as "in the future" (same as calls). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
/** Keeps stored timestamps fixed-width, so text comparison stays time order. */
const EARLIEST = new Date('2000-01-01T00:00:00Z');

@Injectable()
export class ComplaintsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly blacklist: BlacklistService,
    private readonly config: AppConfig,
    private readonly calls: CallReader,
  ) {}

  /** Records a complaint owned by its recorder; escalates and blacklists in one transaction. */
  async create(
    dto: CreateComplaintDto,
    recorder: Principal,
  ): Promise<{ complaint: Complaint; blacklist: BlacklistOutcome | null }> {
    const phone = this.blacklist.normalize(dto.phone);
    const now = new Date();
    const receivedAt = this.receivedAt(dto.receivedAt, now);
    return this.db.transaction(async (tx) => {
      const call = dto.callId === undefined ? null : await this.linkedCall(tx, dto.callId);
      const window = repeatWindow(receivedAt);
      const others = await tx.getRepository(Complaint).find({
        select: { id: true, receivedAt: true },
        where: { phone, receivedAt: Between(window.from, window.to) },
      });
      const reason = escalationReason({ severity: dto.severity, receivedAt, others });
      const complaint = await tx.getRepository(Complaint).save(
        tx.getRepository(Complaint).create({
          phone,
          severity: dto.severity,
          category: dto.category,
          description: dto.description,
          callId: call?.id ?? null,
          agentCode: call?.agentCode ?? null,
          status: 'received',
          ownerId: recorder.id,
          ownerName: recorder.name,
          receivedAt,
          ...dueTimes(receivedAt, this.config.complaintDeadlines),
          firstContactedAt: null,
          resolvedAt: null,
          closedAt: null,
          escalated: reason !== null,
          escalationReason: reason,
          optOut: dto.optOut === true || mentionsOptOut(dto.description),
          outcome: null,
          createdAt: now,
        }),
      );
      const blacklisted = await blacklistFor(this.blacklist, complaint, recorder, tx);
      const note = [
        reason && `escalated: ${reason}`,
        blacklisted && `number blacklisted (${blacklisted.source})`,
      ].filter(Boolean);
      await tx.getRepository(ComplaintEvent).insert({
        complaintId: complaint.id,
        fromStatus: null,
        toStatus: 'received',
        note: note.length ? note.join('; ') : null,
        actorId: recorder.id,
        actorName: recorder.name,
        at: now,
      });
      return { complaint, blacklist: blacklisted };
    });
  }

  async get(id: number): Promise<{ complaint: Complaint; history: ComplaintEvent[] }> {
    const complaint = await this.db.getRepository(Complaint).findOneBy({ id });
    if (!complaint) throw new NotFoundError(`complaint ${id}`);
    const history = await this.db
      .getRepository(ComplaintEvent)
      .find({ where: { complaintId: id }, order: { id: 'ASC' } });
    return { complaint, history };
  }

  private receivedAt(raw: string | undefined, now: Date): Date {
    if (raw === undefined) return now;
    const at = new Date(raw);
    if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
      throw new InvalidInputError(`receivedAt: ${raw} is in the future`);
    if (at < EARLIEST) throw new InvalidInputError(`receivedAt: ${raw} is before 2000`);
    return at;
  }

  private async linkedCall(tx: EntityManager, callId: number): Promise<CallFacts> {
    const call = await this.calls.byId(callId, tx);
    if (!call) throw new InvalidInputError(`callId: call ${callId} does not exist`);
    return call;
  }
}
