import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { basename } from 'node:path';
import { In, type EntityManager, Repository } from 'typeorm';
import { NotFoundError } from '../common/errors.js';
import { Call } from './call.entity.js';
import { toCallView, type CallView } from './call-view.js';
import { RecordingStore } from './recordings/recording-store.js';

/** One call of a data subject: its view (verdicts and transcript included) and the facts its clocks run on. */
export interface SubjectCall {
  view: CallView;
  startedAt: Date;
  hasRecording: boolean;
}

export interface SubjectRecordingFile {
  callId: number;
  /** Name inside an export archive: `<call id>-<stored file name>`. */
  name: string;
  path: string;
}

/**
 * Calls' side of a data subject's rights (subjects module): every call of a
 * number, found by the number or by the keyed hash an earlier erase left, and
 * the erase itself on the rows the subjects module's plan names.
 */
@Injectable()
export class SubjectCalls {
  constructor(
    @InjectRepository(Call) private readonly calls: Repository<Call>,
    private readonly store: RecordingStore,
  ) {}

  async of(phones: string[]): Promise<SubjectCall[]> {
    const rows = await this.calls.find({ where: { phone: In(phones) }, order: { id: 'ASC' } });
    return rows.map((c) => ({
      view: toCallView(c),
      startedAt: c.startedAt,
      hasRecording: c.recordingFile !== null,
    }));
  }

  /** The recording files of these calls that are on disk (a missing one is left out). */
  async recordingFiles(calls: CallView[]): Promise<SubjectRecordingFile[]> {
    const files: SubjectRecordingFile[] = [];
    for (const c of calls) {
      if (!c.recordingFile) continue;
      try {
        const { path } = await this.store.locate(c.recordingFile);
        files.push({ callId: c.id, name: `${c.id}-${basename(path)}`, path });
      } catch (err) {
        if (!(err instanceof NotFoundError)) throw err;
      }
    }
    return files;
  }

  /** Replaces the number by its keyed hash; the call, its time and verdict stay for the reports. */
  async anonymiseNumbers(tx: EntityManager, ids: number[], hashed: string): Promise<void> {
    if (ids.length > 0) await tx.getRepository(Call).update({ id: In(ids) }, { phone: hashed });
  }

  /**
   * The transcript, and the checker's copies of its words in the verdict's
   * evidence: the verdict, its reasons and which segment proved what stay.
   */
  async eraseTranscripts(tx: EntityManager, ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    const repo = tx.getRepository(Call);
    const rows = await repo.find({
      select: { id: true, autoCompliance: true },
      where: { id: In(ids) },
    });
    for (const row of rows) {
      const rules = row.autoCompliance.rules;
      const words = Object.fromEntries(
        Object.entries(rules).map(([k, v]) => [
          k,
          { ...v, evidence: v.evidence.map((e) => ({ segment: e.segment, text: '' })) },
        ]),
      ) as typeof rules;
      await repo.update(
        { id: row.id },
        { transcript: null, autoCompliance: { ...row.autoCompliance, rules: words } },
      );
    }
  }
}
