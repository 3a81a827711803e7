import { Injectable, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { InjectRepository } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { IsNull, Repository } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { LedgerService, RecordingFiles } from '../../ledger/index.js';
import { isUniqueViolation } from '../../database/scheduler-lock.js';
import { Call } from '../call.entity.js';
import { CallRecording } from './call-recording.entity.js';
import { audioContentType } from './recording-path.js';
import { sniffRecording, UnsupportedRecordingError } from './recording-sniff.js';
import { RecordingStore } from './recording-store.js';
import type { RecordingUploadView } from './recording-view.js';

/** Body types Express parses before the handler runs: the audio would never reach us. */
const PARSED_BODIES = /^application\/(json|x-www-form-urlencoded)\b/i;

@Injectable()
export class RecordingsService implements OnModuleInit {
  constructor(
    @InjectRepository(Call) private readonly calls: Repository<Call>,
    @InjectRepository(CallRecording) private readonly recordings: Repository<CallRecording>,
    private readonly store: RecordingStore,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly ledger: LedgerService,
    private readonly ledgerFiles: RecordingFiles,
  ) {}

  /** Ledger verification re-hashes recordings through this store: nothing outside RECORDINGS_DIR. */
  onModuleInit(): void {
    this.ledgerFiles.register(async (file) => {
      let path: string;
      try {
        path = (await this.store.locate(file)).path;
      } catch (err) {
        if (err instanceof NotFoundError) return 'missing';
        throw err;
      }
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
      return { sha256: hash.digest('hex') };
    });
  }

  /**
   * Records the listen, then hands back the file. A player fetches a recording
   * in many Range requests; only the first (from byte 0) counts as a listen.
   */
  async openForListening(
    id: number,
    user: Principal,
    range: string | undefined,
    requestId: string,
  ) {
    const call = await this.call(id);
    if (!call.recordingFile) throw new NotFoundError(`recording of call ${id}`);
    const file = await this.store.locate(call.recordingFile);
    if (!range || /^bytes=0-/.test(range)) {
      await this.audit.record({
        actor: user,
        action: 'recording.listen',
        entity: 'call',
        entityId: id,
        requestId,
        method: 'GET',
        path: `/api/calls/${id}/recording`,
        statusCode: range ? 206 : 200,
        details: { recordingFile: call.recordingFile },
      });
    }
    return { ...file, contentType: audioContentType(file.path) };
  }

  /**
   * A recording is evidence: it is written once and never replaced (409), by
   * the dialer or the call's own agent, and only if its bytes are audio the
   * service can stream (415). Who uploaded it, when and its SHA-256 are kept.
   */
  async upload(
    id: number,
    body: Readable,
    user: Principal,
    contentType?: string,
  ): Promise<RecordingUploadView> {
    const call = await this.call(id);
    assertMayUpload(call, user);
    if (PARSED_BODIES.test(contentType ?? ''))
      throw new UnsupportedRecordingError(
        `Content-Type ${contentType} is not audio: send the file's bytes as audio/* or application/octet-stream`,
      );
    await this.assertNoRecording(call);
    const staged = await this.store.stage(body, this.config.uploadLimitBytes);
    let relPath: string;
    try {
      const ext = await sniffRecording(staged.tmpPath, call.recordingFile);
      relPath = call.recordingFile ?? `${call.localDate}/${call.externalId}${ext}`;
    } catch (err) {
      await this.store.discard(staged);
      throw err;
    }
    if (!(await this.store.commit(staged, relPath))) throw await this.conflict(call);
    const row = this.recordings.create({
      callId: call.id,
      file: relPath,
      contentType: audioContentType(relPath),
      bytes: staged.bytes,
      sha256: staged.sha256,
      uploadedBy: user.id,
      uploadedByRole: user.role,
      uploadedAt: new Date(),
    });
    try {
      // The row, the call's path and the ledger entry vouching for the bytes: together or not at all.
      await this.recordings.manager.transaction(async (tx) => {
        await tx.getRepository(CallRecording).insert(row);
        await tx
          .getRepository(Call)
          .update({ id: call.id, recordingFile: IsNull() }, { recordingFile: relPath });
        await this.ledger.append(tx, {
          kind: 'recording',
          subject: `call:${call.id}`,
          phone: call.phone,
          payload: {
            callId: call.id,
            externalId: call.externalId,
            recording: { file: relPath, sha256: row.sha256, bytes: row.bytes },
            uploadedBy: { id: user.id, role: user.role },
          },
        });
      });
    } catch (err) {
      // Another process stored one for this call under another name first.
      await this.store.withdraw(relPath);
      if (isUniqueViolation(err)) throw await this.conflict(call);
      throw err;
    }
    return {
      id: call.id,
      recordingFile: relPath,
      bytes: row.bytes,
      contentType: row.contentType,
      sha256: row.sha256,
      uploadedBy: row.uploadedBy,
      uploadedAt: row.uploadedAt.toISOString(),
    };
  }

  /** Refused before a byte is read, when it can be known already. */
  private async assertNoRecording(call: Call): Promise<void> {
    const stored = await this.recordings.findOneBy({ callId: call.id });
    if (stored) throw await this.conflict(call);
    if (call.recordingFile && (await this.store.occupied(call.recordingFile)))
      throw this.alreadyStored(call);
  }

  private async conflict(call: Call): Promise<ConflictError> {
    const stored = await this.recordings.findOneBy({ callId: call.id });
    if (!stored) return this.alreadyStored(call);
    return new ConflictError(
      `call ${call.id} already has a recording (${stored.file}, uploaded by user ${stored.uploadedBy} ` +
        `at ${stored.uploadedAt.toISOString()}, sha256 ${stored.sha256}); ${EVIDENCE_RULE}`,
    );
  }

  private alreadyStored(call: Call): ConflictError {
    return new ConflictError(
      `call ${call.id} already has a recording (${call.recordingFile}); ${EVIDENCE_RULE}`,
    );
  }

  private async call(id: number): Promise<Call> {
    const call = await this.calls.findOneBy({ id });
    if (!call) throw new NotFoundError(`call ${id}`);
    return call;
  }
}

const EVIDENCE_RULE = 'a stored recording is evidence and is never replaced';

/**
 * The dialer (an agent-role client without an agent code) uploads for every
 * call; a person signed in as an agent only for their own calls; admins always.
 */
function assertMayUpload(call: Call, user: Principal): void {
  if (user.role !== 'agent' || user.agentCode === null) return;
  if (user.agentCode !== call.agentCode)
    throw new ForbiddenError(
      `agent ${user.agentCode} may upload recordings of their own calls only (call ${call.id} is ${call.agentCode}'s)`,
    );
}
