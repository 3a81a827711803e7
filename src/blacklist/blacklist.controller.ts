import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { AuditService } from '../common/audit/audit.service.js';
import { InvalidInputError } from '../common/errors.js';
import { BlacklistBrowseQuery } from './blacklist-browse.query.js';
import { BlacklistCsvService } from './blacklist-csv.service.js';
import {
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiNonJsonResponse, TEXT } from '../common/http/non-json-body.js';
import { Roles } from '../common/access/decorators.js';
import { seesFullPhones } from '../common/access/phone-visibility.js';
import { maskPhone } from '../common/phone/normalize-phone.js';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { BlacklistService } from './blacklist.service.js';
import {
  BlacklistEntryView,
  BlacklistImportReportView,
  BlacklistPageView,
} from './blacklist-view.js';
import {
  AddToBlacklistDto,
  BlacklistBrowseQueryDto,
  BlacklistQueryDto,
  RemoveFromBlacklistDto,
} from './dto/blacklist.dto.js';

@ApiTags('blacklist')
@Controller('api/blacklist')
export class BlacklistController {
  constructor(
    private readonly blacklist: BlacklistService,
    private readonly csv: BlacklistCsvService,
    private readonly browsing: BlacklistBrowseQuery,
    private readonly audit: AuditService,
  ) {}

  /** Carrier-supplied list: multipart `file` or a text/csv body; bad rows reported, good rows added. */
  @ApiOperation({ summary: 'Bulk-import blacklist entries from CSV' })
  @Post('import')
  @HttpCode(200)
  @ApiOkResponse({ type: BlacklistImportReportView })
  @Roles('campaign_manager', 'supervisor')
  @Audited('blacklist.import', 'blacklist', undefined, true)
  @ApiConsumes('multipart/form-data', 'text/csv')
  @UseInterceptors(FileInterceptor('file'))
  async import(
    @Req() req: Request,
    @CurrentUser() user: Principal,
    @UploadedFile() file?: { path: string; originalname: string },
  ): Promise<BlacklistImportReportView> {
    if (file) {
      try {
        return await this.csv.import(
          createReadStream(file.path),
          user,
          `carrier list ${file.originalname}`,
        );
      } finally {
        await rm(file.path, { force: true });
      }
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('text/csv')) {
      throw new InvalidInputError(
        'file: send the CSV as multipart field "file" or as a text/csv body',
      );
    }
    return this.csv.import(req, user, 'carrier list');
  }

  /** The active list as CSV, for auditors (numbers masked for roles that do not dial); audited. */
  @ApiOperation({ summary: 'Export the blacklist (CSV, audited)' })
  @Get('export')
  @ApiNonJsonResponse(200, 'The active list, one number a row', { 'text/csv': TEXT })
  @Roles('auditor', 'campaign_manager', 'supervisor')
  async export(@CurrentUser() user: Principal, @Req() req: Request, @Res() res: Response) {
    await this.audit.record({
      actor: user,
      action: 'blacklist.export',
      entity: 'blacklist',
      requestId: String(req.id ?? ''),
      method: 'GET',
      path: '/api/blacklist/export',
      statusCode: 200,
    });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="blacklist.csv"');
    // Landlines too: each number is masked as a number, not found in text.
    await this.csv.export(res, seesFullPhones(user.role) ? undefined : maskPhone);
  }

  /** The active list a page at a time, newest first; the search takes any spelling or some digits. */
  @ApiOperation({ summary: 'Browse the active blacklist (paged, searchable)' })
  @Get('entries')
  @ApiOkResponse({ type: BlacklistPageView })
  @Roles('auditor', 'campaign_manager', 'supervisor')
  browse(@Query() q: BlacklistBrowseQueryDto): Promise<BlacklistPageView> {
    return this.browsing.page(q);
  }

  /** Answers for any spelling of the number, with its full history. */
  @ApiOperation({ summary: 'Look up a number on the blacklist' })
  @Get()
  @ApiOkResponse({ type: BlacklistEntryView })
  @Roles('campaign_manager', 'supervisor', 'inspector', 'auditor')
  lookup(@Query() q: BlacklistQueryDto): Promise<BlacklistEntryView> {
    return this.blacklist.lookup(q.phone);
  }

  @ApiOperation({ summary: 'Add a number to the blacklist' })
  @Post()
  @Roles('campaign_manager', 'supervisor')
  @ApiCreatedResponse({ type: BlacklistEntryView, description: 'The number, now on the list' })
  @Audited('blacklist.add', 'blacklist', 'phone', true)
  async add(
    @Body() dto: AddToBlacklistDto,
    @CurrentUser() user: Principal,
  ): Promise<BlacklistEntryView> {
    const result = await this.blacklist.add(dto.phone, {
      reason: dto.reason,
      source: 'manual',
      actor: user,
    });
    return this.blacklist.lookup(result.phone);
  }

  @ApiOperation({ summary: 'Remove a number from the blacklist' })
  @Delete(':phone')
  @HttpCode(200)
  @ApiOkResponse({ type: BlacklistEntryView, description: 'The number, off the list' })
  @Roles('campaign_manager', 'supervisor')
  @Audited('blacklist.remove', 'blacklist', 'phone', true)
  async remove(
    @Param('phone') phone: string,
    @Body() dto: RemoveFromBlacklistDto,
    @CurrentUser() user: Principal,
  ): Promise<BlacklistEntryView> {
    const result = await this.blacklist.remove(phone, {
      reason: dto.reason,
      source: 'manual',
      actor: user,
    });
    return this.blacklist.lookup(result.phone);
  }
}
