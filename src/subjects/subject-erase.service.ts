import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SubjectCalls } from '../calls/index.js';
import type { Principal } from '../common/access/principal.js';
import { AuditService } from '../common/audit/audit.service.js';
import { maskPhonesInText } from '../common/logging/mask-phones.js';
import { maskPhone } from '../common/phone/normalize-phone.js';
import { SubjectComplaints } from '../complaints/index.js';
import { SubjectLedger } from '../ledger/index.js';
import { SubjectQa } from '../qa/index.js';
import { SubjectTrials } from '../trials/index.js';
import { ALWAYS_KEPT, planErasure, type KeptItem } from './domain/retention-holds.js';
import { keptWhy } from './kept-why.js';
import { SubjectData } from './subject-data.js';
import { SubjectRetention } from './subject-retention.js';
import type { SubjectErasureView } from './subject-view.js';

/**
 * PIPL Art. 47 erasure: anonymises what no clock or hold keeps, in one
 * transaction, and says what stays and until when. The answer is computed
 * from the rows as they are (found by the number or its hash), so asking
 * again gives the same answer and changes nothing more.
 */
@Injectable()
export class SubjectEraseService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly data: SubjectData,
    private readonly retention: SubjectRetention,
    private readonly calls: SubjectCalls,
    private readonly qa: SubjectQa,
    private readonly trials: SubjectTrials,
    private readonly complaints: SubjectComplaints,
    private readonly ledger: SubjectLedger,
    private readonly audit: AuditService,
  ) {}

  async erase(raw: string, reason: string, actor: Principal): Promise<SubjectErasureView> {
    const now = new Date();
    const rows = await this.data.rows(raw, now);
    const held = new Set(rows.complaints.filter((c) => c.open).map((c) => c.callId));
    const reviewed = await this.qa.reviewed(rows.calls.map((c) => c.view.id));
    const plan = planErasure(
      {
        calls: rows.calls.map((c) => ({
          id: c.view.id,
          startedAt: c.startedAt,
          reviewed: reviewed.has(c.view.id),
          hasRecording: c.hasRecording,
          held: held.has(c.view.id),
        })),
        trials: rows.trials.map((t) => ({ id: t.view.id, open: !t.closed, closedAt: t.closedAt })),
        complaints: rows.complaints.map((c) => ({ id: c.view.id, open: c.open })),
      },
      await this.retention.keepDays(),
      now,
    );
    const kept = [...plan.kept, ...ALWAYS_KEPT].map((k: KeptItem) => ({ ...k, why: keptWhy(k) }));
    const view: SubjectErasureView = {
      id: rows.hashed,
      phone: maskPhone(rows.phone),
      anonymised: {
        calls: plan.callNumbers.length,
        transcripts: plan.transcripts.length,
        trials: plan.trials.length,
        complaints: plan.complaints.length,
      },
      kept,
    };
    await this.db.transaction(async (tx) => {
      await this.calls.anonymiseNumbers(tx, plan.callNumbers, rows.hashed);
      await this.qa.anonymiseCallBacks(tx, plan.callNumbers, rows.hashed);
      await this.calls.eraseTranscripts(tx, plan.transcripts);
      await this.qa.eraseNotes(tx, plan.transcripts);
      await this.ledger.eraseEvidence(tx, rows.phone, plan.transcripts);
      await this.trials.anonymise(tx, plan.trials, rows.hashed);
      await this.complaints.anonymise(tx, plan.complaints, rows.hashed);
      // The route's own row (subject.erase) names who asked; this one says what was done.
      await this.audit.record(
        {
          actor,
          action: 'subject.erased',
          entity: 'subject',
          entityId: rows.hashed,
          details: {
            phone: view.phone,
            reason: maskPhonesInText(reason),
            anonymised: view.anonymised,
            kept: kept.length,
          },
        },
        tx,
      );
    });
    return view;
  }
}
