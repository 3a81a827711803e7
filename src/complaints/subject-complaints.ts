import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, Repository } from 'typeorm';
import { ComplaintEvent } from './complaint-event.entity.js';
import { Complaint } from './complaint.entity.js';
import { toDetailView, type ComplaintDetailView } from './complaint-view.js';

export interface SubjectComplaint {
  view: ComplaintDetailView;
  /** Not closed: a legal hold on the complaint and on the call it names. */
  open: boolean;
  callId: number | null;
}

/**
 * Complaints' side of a data subject's rights. A closed complaint keeps its
 * row (the weekly report counts it, work-order QA may have drawn it) but not
 * the customer's words: description, outcome, escalation reason and notes go,
 * the number becomes its keyed hash.
 */
@Injectable()
export class SubjectComplaints {
  constructor(
    @InjectRepository(Complaint) private readonly complaints: Repository<Complaint>,
    @InjectRepository(ComplaintEvent) private readonly events: Repository<ComplaintEvent>,
  ) {}

  async of(phones: string[], now = new Date()): Promise<SubjectComplaint[]> {
    const rows = await this.complaints.find({ where: { phone: In(phones) }, order: { id: 'ASC' } });
    if (rows.length === 0) return [];
    const events = await this.events.find({
      where: { complaintId: In(rows.map((c) => c.id)) },
      order: { id: 'ASC' },
    });
    return rows.map((complaint) => ({
      view: toDetailView(
        { complaint, history: events.filter((e) => e.complaintId === complaint.id) },
        now,
      ),
      open: complaint.status !== 'closed',
      callId: complaint.callId,
    }));
  }

  async anonymise(tx: EntityManager, ids: number[], hashed: string): Promise<void> {
    if (ids.length === 0) return;
    await tx
      .getRepository(Complaint)
      .update(
        { id: In(ids) },
        { phone: hashed, description: '', outcome: null, escalationReason: null },
      );
    await tx.getRepository(ComplaintEvent).update({ complaintId: In(ids) }, { note: null });
  }
}
