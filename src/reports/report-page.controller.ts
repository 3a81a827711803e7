import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../common/access/decorators.js';
import { ApiNonJsonResponse, TEXT } from '../common/http/non-json-body.js';
import { READ_ROLES } from '../common/access/roles.js';
import { RevisionPageQuery } from './dto/report-queries.js';
import { ReportPageService } from './page/report-page.service.js';

/**
 * The printable weekly report, outside /api for browsers; still behind the
 * global guard: a bearer header or the console's `qa_session` cookie.
 */
@ApiTags('reports')
@Controller('reports')
export class ReportPageController {
  constructor(private readonly pages: ReportPageService) {}

  @ApiOperation({ summary: 'Weekly report page (HTML)' })
  @Get('weekly/:week')
  @ApiNonJsonResponse(200, 'The printable report', { 'text/html': TEXT })
  @Roles(...READ_ROLES)
  async page(
    @Param('week') week: string,
    @Query() q: RevisionPageQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const html = await this.pages.render(week, q.revision);
    // Set only on success (not by @Header), so an error still goes out as JSON.
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return html;
  }
}
