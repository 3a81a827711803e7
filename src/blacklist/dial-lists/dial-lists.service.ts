import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Repository } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { notCsvReason, SNIFF_BYTES } from '../domain/csv-sniff.js';
import { DialListRunner } from './dial-list-runner.js';
import { DialList } from './dial-list.entity.js';

/** Lists up to this size are filtered before the upload request returns; larger ones in the background. */
const INLINE_BYTES = 8 * 1024 * 1024;

@Injectable()
export class DialListsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DialListsService.name);

  constructor(
    @InjectRepository(DialList) private readonly lists: Repository<DialList>,
    private readonly runner: DialListRunner,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  get storageDir(): string {
    return join(this.config.dataDir, 'dial-lists');
  }

  /** A list left `processing` by a stopped process is filtered again from its stored upload. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runsApi) return;
    const stale = await this.lists.findBy({ status: 'processing' });
    for (const list of stale) void this.process(list);
  }

  async accept(
    file: { path: string; originalname: string; size: number },
    user: Principal,
  ): Promise<DialList> {
    const refused = notCsvReason(await readHead(file.path));
    if (refused) {
      // Nothing is recorded for a refused upload, and its stored bytes go too.
      await rm(file.path, { force: true });
      throw new InvalidInputError(refused, 'NOT_CSV');
    }
    const list = await this.lists.save(
      this.lists.create({
        status: 'processing',
        filename: file.originalname.slice(0, 255),
        bytes: file.size,
        bytesRead: 0,
        storedPath: file.path,
        createdBy: user.id,
        createdByName: user.name,
        createdAt: new Date(),
      }),
    );
    const work = this.process(list);
    if (file.size <= INLINE_BYTES) await work;
    return this.get(list.id);
  }

  async get(id: number): Promise<DialList> {
    const list = await this.lists.findOneBy({ id });
    if (!list) throw new NotFoundError(`dial list ${id}`);
    return list;
  }

  /** The upload history, newest first. */
  async history(limit: number, offset: number): Promise<[DialList[], number]> {
    return this.lists.findAndCount({ order: { id: 'DESC' }, take: limit, skip: offset });
  }

  /** The file of dropped rows (line, value, reason), for a ready list filtered since they are kept. */
  async rejectedFile(id: number, user: Principal, requestId: string): Promise<string> {
    const list = await this.get(id);
    if (list.status !== 'ready')
      throw new ConflictError(`dial list ${id} is ${list.status}, not ready`);
    if (!list.rejectedPath)
      throw new NotFoundError(`rejected rows of dial list ${id} (filtered before they were kept)`);
    // The rows hold phone numbers: who took them is recorded, as for the export.
    await this.audit.record({
      actor: user,
      action: 'dial_list.rejected_rows',
      entity: 'dial_list',
      entityId: id,
      requestId,
      method: 'GET',
      path: `/api/dial-lists/${id}/rejected`,
      statusCode: 200,
      details: { filename: list.filename },
    });
    return list.rejectedPath;
  }

  /** Streams the dialable rows, re-checked against today's blacklist, and audits who took how many. */
  async export(id: number, out: Writable, user: Principal, requestId: string): Promise<void> {
    const list = await this.get(id);
    if (list.status !== 'ready' || !list.outputPath)
      throw new ConflictError(`dial list ${id} is ${list.status}, not ready`);
    // The filter ends its output; the response itself ends only after the audit row is written.
    const body = new PassThrough({ highWaterMark: 1 << 20 });
    body.pipe(out, { end: false });
    // pipe() does not pass a client's disconnect back: without this the pass
    // (a worker thread) would wait forever on the full pass-through buffer.
    out.once('close', () => body.destroy());
    const rows = await this.runner.exportFile(list.outputPath, body);
    await finished(body);
    await this.audit.record({
      actor: user,
      action: 'dial_list.export',
      entity: 'dial_list',
      entityId: id,
      requestId,
      method: 'GET',
      path: `/api/dial-lists/${id}/export`,
      statusCode: 200,
      details: { rows, filename: list.filename },
    });
    out.end();
  }

  private async process(list: DialList): Promise<void> {
    const outputPath = join(this.storageDir, `${list.id}.filtered.csv`);
    const rejectedPath = join(this.storageDir, `${list.id}.rejected.csv`);
    let lastWrite = 0;
    try {
      const progress = (bytesRead: number) => {
        if (Date.now() - lastWrite < 1000) return;
        lastWrite = Date.now();
        void this.lists.update(list.id, { bytesRead });
      };
      const counts = await this.runner.filterFile(
        list.storedPath,
        outputPath,
        rejectedPath,
        progress,
      );
      await this.lists.update(list.id, {
        ...counts,
        status: 'ready',
        outputPath,
        rejectedPath,
        bytesRead: list.bytes,
        finishedAt: new Date(),
      });
    } catch (err) {
      this.logger.warn(`Dial list ${list.id} failed: ${(err as Error).message}`);
      await this.lists.update(list.id, {
        status: 'failed',
        error: String((err as Error).message).slice(0, 500),
        finishedAt: new Date(),
      });
    }
  }
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
