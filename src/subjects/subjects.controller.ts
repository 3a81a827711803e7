import { ShowsFullPhones } from '../common/access/phone-visibility.interceptor.js';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '../common/access/decorators.js';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { BINARY } from '../common/http/non-json-body.js';
import { SubjectEraseDto, SubjectExportQuery } from './dto/subject.dto.js';
import { SubjectEraseService } from './subject-erase.service.js';
import { SubjectExportService } from './subject-export.service.js';
import { SubjectErasureView, SubjectExportView } from './subject-view.js';

/**
 * A data subject's rights under PIPL. Export: the carrier's auditor (who answers
 * the subscriber's request) and admins. Erase changes data for good: admins only.
 */
@ApiTags('subjects')
@Controller('api/subjects/:phone')
export class SubjectsController {
  constructor(
    private readonly exports: SubjectExportService,
    private readonly erasures: SubjectEraseService,
  ) {}

  @ApiOperation({
    summary: 'Everything stored about one number, in any spelling (audited)',
    description:
      'Calls with transcripts and verdicts, reviews, call-backs, trials, complaints, blacklist ' +
      'history, consent-ledger entries and listens. `format=zip`: this JSON as subject.json ' +
      'and every recording under recordings/. 400 naming `phone` when it is no phone number.',
  })
  @Get('export')
  @ApiExtraModels(SubjectExportView)
  @ApiOkResponse({
    description: 'The document, or the zip when `format=zip`',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(SubjectExportView) } },
      'application/zip': { schema: BINARY },
    },
  })
  @Roles('auditor')
  // The auditor supplied the number and hands the document to its subscriber: shown in full.
  @ShowsFullPhones()
  async export(
    @Param('phone') phone: string,
    @Query() q: SubjectExportQuery,
    @CurrentUser() user: Principal,
    @Req() req: Request,
  ): Promise<SubjectExportView | StreamableFile> {
    const request = { actor: user, requestId: String(req.id ?? ''), format: q.format ?? 'json' };
    if (request.format === 'json') return this.exports.document(phone, request);
    const zip = await this.exports.zip(phone, request);
    return new StreamableFile(zip.stream, {
      type: 'application/zip',
      disposition: `attachment; filename="${zip.name}"`,
    });
  }

  @ApiOperation({
    summary: 'Erase what no retention clock or legal hold keeps (audited, idempotent)',
    description:
      'Anonymises the number (keyed hash) and the words (transcripts, notes, complaint texts) ' +
      'once their clocks allow; keeps the blacklist row, the consent ledger and what a clock or ' +
      'hold still needs, and lists each with its end. Asking again gives the same answer.',
  })
  @Post('erase')
  @HttpCode(200)
  @ApiOkResponse({ type: SubjectErasureView })
  @Roles('admin')
  @Audited('subject.erase', 'subject', undefined, true)
  erase(
    @Param('phone') phone: string,
    @Body() dto: SubjectEraseDto,
    @CurrentUser() user: Principal,
  ): Promise<SubjectErasureView> {
    return this.erasures.erase(phone, dto.reason, user);
  }
}
