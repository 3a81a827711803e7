import {
  Controller,
  Headers,
  HttpCode,
  Post,
  Req,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { createReadStream } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Roles } from '../../common/access/decorators.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { InvalidInputError } from '../../common/errors.js';
import { limitedBody } from '../../common/http/body-limits.js';
import { AppConfig } from '../../config/app-config.js';
import { CallImporter } from './call-importer.js';
import { csvRecords, ndjsonRecords } from './import-records.js';
import { ImportReportView } from './import-report-view.js';

type UploadedFile = { path: string; originalname: string; mimetype: string };
type UploadedFilesMap = { file?: UploadedFile[]; transcripts?: UploadedFile[] };

/**
 * Bulk import: an NDJSON or CSV body, or a multipart form with `file` (the CSV
 * or NDJSON) and any number of `transcripts` (JSON files named in the CSV's
 * transcriptFile column). Uploads are streamed to disk, never held in memory.
 */
@ApiTags('calls')
@Controller('api/calls/import')
export class ImportController {
  constructor(
    private readonly importer: CallImporter,
    private readonly config: AppConfig,
  ) {}

  @ApiOperation({ summary: 'Bulk-import calls from a CSV or JSON Lines file' })
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: ImportReportView })
  @Roles('agent')
  @Audited('call.import', 'call')
  @ApiConsumes('application/x-ndjson', 'text/csv', 'multipart/form-data')
  @UseInterceptors(
    FileFieldsInterceptor(
      [
        { name: 'file', maxCount: 1 },
        { name: 'transcripts', maxCount: 100_000 },
      ],
      // Limits come from the module's MulterModule registration (UPLOAD_LIMIT_BYTES).
      { dest: tmpdir() },
    ),
  )
  async import(
    @Req() req: Request,
    @Headers('content-type') type = '',
    @UploadedFiles() files: UploadedFilesMap = {},
  ): Promise<ImportReportView> {
    if (type.startsWith('multipart/')) return this.fromMultipart(files);
    const line = this.config.jsonBodyLimitBytes;
    const body = () => limitedBody(req, this.config.uploadLimitBytes);
    if (/ndjson|jsonl/.test(type)) return this.importer.run(ndjsonRecords(body(), line));
    if (type.startsWith('text/csv')) return this.importer.run(csvRecords(body(), line));
    throw new InvalidInputError(
      'Content-Type must be application/x-ndjson, text/csv or multipart/form-data',
    );
  }

  private async fromMultipart(files: UploadedFilesMap): Promise<ImportReportView> {
    const main = files.file?.[0];
    const dir = await mkdtemp(join(tmpdir(), 'call-import-'));
    try {
      if (!main)
        throw new InvalidInputError('file: the multipart form needs a "file" part (CSV or NDJSON)');
      for (const t of files.transcripts ?? [])
        await rename(t.path, join(dir, basename(t.originalname)));
      const input = createReadStream(main.path);
      const isCsv = /\.csv$/i.test(main.originalname) || main.mimetype === 'text/csv';
      const line = this.config.jsonBodyLimitBytes;
      return await this.importer.run(
        isCsv ? csvRecords(input, line, dir) : ndjsonRecords(input, line),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
      for (const f of [...(files.file ?? []), ...(files.transcripts ?? [])])
        await rm(f.path, { force: true });
    }
  }
}
