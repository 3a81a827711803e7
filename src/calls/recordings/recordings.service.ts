import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { Repository } from 'typeorm';
import type { Principal } from '../../auth/principal.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { InvalidInputError, NotFoundError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { Call } from '../call.entity.js';
import { audioContentType, extensionForContentType } from './recording-path.js';
import { RecordingStore } from './recording-store.js';
import type { RecordingUploadView } from './recording-view.js';

@Injectable()
export class RecordingsService {
  constructor(
    @InjectRepository(Call) private readonly calls: Repository<Call>,
    private readonly store: RecordingStore,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

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

  async upload(id: number, body: Readable, contentType?: string): Promise<RecordingUploadView> {
    const call = await this.call(id);
    const ext = extensionForContentType(contentType);
    if (!ext)
      throw new InvalidInputError(
        'Content-Type must be an audio type such as audio/wav or audio/mpeg',
      );
    const relPath = call.recordingFile ?? `${call.localDate}/${call.externalId}${ext}`;
    const bytes = await this.store.write(relPath, body, this.config.uploadLimitBytes);
    if (!call.recordingFile) await this.calls.update(call.id, { recordingFile: relPath });
    return { id: call.id, recordingFile: relPath, bytes };
  }

  private async call(id: number): Promise<Call> {
    const call = await this.calls.findOneBy({ id });
    if (!call) throw new NotFoundError(`call ${id}`);
    return call;
  }
}
