import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { BlacklistService } from '../blacklist/index.js';
import { SubjectCalls } from '../calls/index.js';
import type { Principal } from '../common/access/principal.js';
import { AuditService } from '../common/audit/audit.service.js';
import { maskPhone } from '../common/phone/normalize-phone.js';
import { SubscriberProof } from '../ledger/index.js';
import { SubjectQa } from '../qa/index.js';
import { SubjectData } from './subject-data.js';
import type { SubjectExportView } from './subject-view.js';

export interface ExportRequest {
  actor: Principal;
  requestId: string;
  format: 'json' | 'zip';
}

/**
 * A data subject's copy of everything stored about their number (PIPL Art. 45),
 * gathered through each module's front door. Every export is audited under the
 * number's keyed hash, with the number masked.
 */
@Injectable()
export class SubjectExportService {
  constructor(
    private readonly data: SubjectData,
    private readonly calls: SubjectCalls,
    private readonly qa: SubjectQa,
    private readonly blacklist: BlacklistService,
    private readonly proof: SubscriberProof,
    private readonly audit: AuditService,
  ) {}

  async document(raw: string, req: ExportRequest): Promise<SubjectExportView> {
    return (await this.build(raw, req)).view;
  }

  private async build(raw: string, req: ExportRequest) {
    const now = new Date();
    const rows = await this.data.rows(raw, now);
    const calls = rows.calls.map((c) => c.view);
    const callIds = calls.map((c) => c.id);
    const [reviews, callBacks, blacklist, proof, listens, requests, files] = await Promise.all([
      this.qa.reviewsOf(callIds),
      this.qa.callBacksOf([rows.phone, rows.hashed]),
      this.blacklist.lookup(rows.phone),
      this.proof.of(rows.phone),
      this.audit.about('recording.listen', 'call', callIds),
      this.requests(rows.hashed),
      this.calls.recordingFiles(calls),
    ]);
    const view: SubjectExportView = {
      phone: rows.phone,
      subjectId: rows.hashed,
      exportedAt: now.toISOString(),
      counts: {
        calls: calls.length,
        transcripts: calls.filter((c) => c.transcript !== null).length,
        verdicts: calls.length,
        recordings: files.length,
        reviews: reviews.length,
        callBacks: callBacks.length,
        trials: rows.trials.length,
        complaints: rows.complaints.length,
        blacklistEvents: blacklist.history.length,
        ledgerEntries: proof.entries.length,
        listens: listens.length,
      },
      calls,
      reviews,
      callBacks,
      trials: rows.trials.map((t) => t.view),
      complaints: rows.complaints.map((c) => c.view),
      blacklist,
      ledger: proof.entries,
      listens,
      requests,
    };
    await this.audit.record({
      actor: req.actor,
      action: 'subject.export',
      entity: 'subject',
      entityId: rows.hashed,
      requestId: req.requestId,
      method: 'GET',
      path: `/api/subjects/${maskPhone(rows.phone)}/export`,
      statusCode: 200,
      details: { phone: maskPhone(rows.phone), format: req.format, counts: view.counts },
    });
    return { view, files };
  }

  /**
   * The JSON and the recording files as one zip, streamed: yazl reads each file
   * as the archive is written, so no recording is held in memory whole.
   */
  async zip(raw: string, req: ExportRequest): Promise<{ stream: Readable; name: string }> {
    const { view, files } = await this.build(raw, req);
    const zip = new ZipFile();
    zip.addBuffer(Buffer.from(JSON.stringify(view, null, 2)), 'subject.json');
    for (const f of files) zip.addFile(f.path, `recordings/${f.name}`, { compress: false });
    zip.end();
    // yazl's output is a PassThrough: a Readable, typed more loosely by @types/yazl.
    return { stream: zip.outputStream as Readable, name: `subject-${view.subjectId.slice(2)}.zip` };
  }

  private async requests(hashed: string) {
    const [exports, erasures] = await Promise.all([
      this.audit.about('subject.export', 'subject', [hashed]),
      this.audit.about('subject.erase', 'subject', [hashed]),
    ]);
    return [...exports, ...erasures].sort((a, b) => a.id - b.id);
  }
}
