import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../common/access/decorators.js';
import { ApiNonJsonResponse, TEXT } from '../common/http/non-json-body.js';
import { READ_ROLES } from '../common/access/roles.js';
import { RevisionPageQuery, WeeklyReportQuery } from './dto/report-queries.js';
import { ReportPageService } from './page/report-page.service.js';

/**
 * The printable weekly report, outside /api for browsers; still behind the
 * global guard: a bearer header or the console's `qa_session` cookie.
 */
@ApiTags('reports')
@Controller('reports')
export class ReportPageController {
  constructor(private readonly pages: ReportPageService) {}

  /** The page's week picker is a plain GET form (the page runs no script): it lands here. */
  @ApiExcludeEndpoint() // a browser form's target, not an API operation
  @Get('weekly')
  @Roles(...READ_ROLES)
  pick(@Query() q: WeeklyReportQuery, @Res() res: Response): void {
    res.redirect(303, `/reports/weekly/${this.pages.weekOf(q.week)}`);
  }

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
