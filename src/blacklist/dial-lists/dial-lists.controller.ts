import {
  Controller,
  Get,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorView } from '../../common/http/error-view.js';
import { ApiNonJsonResponse, TEXT } from '../../common/http/non-json-body.js';
import type { Request, Response } from 'express';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { csvSinkFor } from '../../common/access/phone-masking-stream.js';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { InvalidInputError } from '../../common/errors.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { DialListHistoryQuery } from '../dto/dial-list.dto.js';
import { DialListPageView, DialListView, toDialListView } from './dial-list-view.js';
import { DialListsService } from './dial-lists.service.js';

@ApiTags('dial-lists')
@Controller('api/dial-lists')
@Roles('campaign_manager')
export class DialListsController {
  constructor(private readonly lists: DialListsService) {}

  /** Multipart field `file`: streamed to disk (never memory), then filtered. */
  @ApiOperation({ summary: 'Upload a dial list to filter against the blacklist' })
  @Post()
  @ApiCreatedResponse({ type: DialListView, description: 'A large list may still be processing' })
  @Audited('dial_list.upload', 'dial_list')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @UploadedFile() file: { path: string; originalname: string; size: number } | undefined,
    @CurrentUser() user: Principal,
  ): Promise<DialListView> {
    if (!file) throw new InvalidInputError('file: upload the CSV as multipart field "file"');
    return toDialListView(await this.lists.accept(file, user));
  }

  @ApiOperation({ summary: 'The dial-list upload history, newest first' })
  @Get()
  @ApiOkResponse({ type: DialListPageView })
  async history(@Query() q: DialListHistoryQuery): Promise<DialListPageView> {
    const [limit, offset] = [q.limit ?? 20, q.offset ?? 0];
    const [lists, total] = await this.lists.history(limit, offset);
    return { total, offset, limit, items: lists.map(toDialListView) };
  }

  @ApiOperation({ summary: 'Get a dial list and its filtering summary' })
  @Get(':id')
  @ApiOkResponse({ type: DialListView })
  async get(@Param('id', ParseIdPipe) id: number): Promise<DialListView> {
    return toDialListView(await this.lists.get(id));
  }

  /** The dropped rows as CSV `line,value,reason` (invalid, duplicate, blacklisted); audited. */
  @ApiOperation({ summary: 'Download the rows a dial list dropped, with the reason (CSV)' })
  @Get(':id/rejected')
  @ApiNonJsonResponse(200, 'line,value,reason: one dropped row a line', { 'text/csv': TEXT })
  @ApiConflictResponse({ type: ErrorView, description: 'The list is not ready' })
  @ApiNotFoundResponse({
    type: ErrorView,
    description: 'No such list, or filtered before rejected rows were kept',
  })
  async rejected(
    @Param('id', ParseIdPipe) id: number,
    @CurrentUser() user: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const path = await this.lists.rejectedFile(id, user, String(req.id ?? ''));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="dial-list-${id}-rejected.csv"`);
    await pipeline(createReadStream(path), csvSinkFor(user, res));
  }

  @ApiOperation({ summary: 'Export the callable numbers of a dial list (CSV)' })
  @Get(':id/export')
  @ApiNonJsonResponse(200, 'The rows that may be dialled', { 'text/csv': TEXT })
  @ApiConflictResponse({ type: ErrorView, description: 'The list is not ready' })
  async export(
    @Param('id', ParseIdPipe) id: number,
    @CurrentUser() user: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.lists.get(id).then((list) => {
      if (list.status !== 'ready') return;
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="dial-list-${id}.csv"`);
    });
    // A campaign manager dials the list (full numbers); an admin who opens it sees them masked.
    await this.lists.export(id, csvSinkFor(user, res), user, String(req.id ?? ''));
  }
}
