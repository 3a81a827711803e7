import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/decorators.js';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { READ_ROLES } from '../common/access/roles.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { reportCsv } from './domain/report-csv.js';
import { CreateRevisionDto, WeeklyReportQuery } from './dto/report-queries.js';
import { RevisedView, RevisionSummaryView, RevisionView, WeeklyReportView } from './report-view.js';
import { ReportSnapshotsService } from './snapshots/report-snapshots.service.js';
import { toRevisionDetail, toRevisionSummary } from './snapshots/snapshot-view.js';
import { WeeklyReportService } from './weekly-report.service.js';

/** Readers: everyone who reads QA data, the carrier's auditors included. */
@ApiTags('reports')
@Controller('api/reports')
export class ReportsController {
  constructor(
    private readonly reports: WeeklyReportService,
    private readonly snapshots: ReportSnapshotsService,
  ) {}

  /** Live figures; `Accept: text/csv` (or `format=csv`) gives the same as CSV. */
  @ApiOperation({ summary: 'Weekly report (JSON or CSV)' })
  @Get('weekly')
  @ApiExtraModels(WeeklyReportView)
  @ApiOkResponse({
    description: 'The report as JSON, or as CSV when asked',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(WeeklyReportView) } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @Roles(...READ_ROLES)
  async weekly(
    @Query() q: WeeklyReportQuery,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WeeklyReportView | string> {
    const report = await this.reports.build(q.week);
    const csv = q.format
      ? q.format === 'csv'
      : req.accepts(['application/json', 'text/csv']) === 'text/csv';
    if (!csv) return report;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="weekly-report-${report.week}.csv"`);
    return reportCsv(report);
  }

  @ApiOperation({ summary: 'List revisions of a weekly report' })
  @Get('weekly/:week/revisions')
  @ApiOkResponse({ type: [RevisionSummaryView] })
  @Roles(...READ_ROLES)
  async revisions(@Param('week') week: string): Promise<RevisionSummaryView[]> {
    return (await this.snapshots.list(week)).map(toRevisionSummary);
  }

  @ApiOperation({ summary: 'Get one revision of a weekly report' })
  @Get('weekly/:week/revisions/:revision')
  @ApiOkResponse({ type: RevisionView })
  @Roles(...READ_ROLES)
  async revision(
    @Param('week') week: string,
    @Param('revision', ParseIdPipe) revision: number,
  ): Promise<RevisionView> {
    return toRevisionDetail(await this.snapshots.get(week, revision));
  }

  /** A correction: regenerate; 201 with revision n+1 if the figures changed, else 200 with revision n. */
  @ApiOperation({ summary: 'Freeze a new revision of a weekly report' })
  @Post('weekly/:week/revisions')
  @ApiCreatedResponse({ type: RevisedView, description: 'The figures changed: a new revision' })
  @ApiOkResponse({ type: RevisedView, description: 'Unchanged: the last revision' })
  @Roles('supervisor')
  @Audited('report.revise', 'report', 'week')
  async revise(
    @Param('week') week: string,
    @Body() dto: CreateRevisionDto,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RevisedView> {
    const { created, snapshot } = await this.snapshots.revise(week, user, { reason: dto.reason });
    res.status(created ? 201 : 200);
    return { created, ...toRevisionDetail(snapshot) };
  }
}
