import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/decorators.js';
import { CurrentUser, type Principal } from '../../auth/principal.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { QA_READERS, QA_REVIEWERS } from '../qa-roles.js';
import { CreateRunDto } from './dto/create-run.dto.js';
import { ListRunsQuery } from './dto/list-runs.dto.js';
import { RunAuditService } from './run-audit.service.js';
import { RunQueries } from './run-queries.js';
import { RunPopulationView, RunReportView, RunVerificationView } from './run-audit-view.js';
import { RunSummaryView, RunView, toRunSummary } from './run-view.js';
import { SamplingService } from './sampling.service.js';

@ApiTags('qa')
@Controller('api/qa/sampling-runs')
export class SamplingController {
  constructor(
    private readonly sampling: SamplingService,
    private readonly queries: RunQueries,
    private readonly audit: RunAuditService,
  ) {}

  /** 201 with a new run; 200 with the existing one when the period was drawn already. */
  @ApiOperation({ summary: 'Draw a sampling run for a period' })
  @Post()
  @ApiCreatedResponse({ type: RunView, description: 'Drawn now' })
  @ApiOkResponse({ type: RunView, description: 'This tier and period were drawn already' })
  @Roles(...QA_REVIEWERS)
  @Audited('qa.run.create', 'qa_run')
  async create(
    @Body() dto: CreateRunDto,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RunView> {
    const { run, created } = await this.sampling.draw(dto.tier, dto.period, user);
    res.status(created ? 201 : 200);
    return run;
  }

  @ApiOperation({ summary: 'List sampling runs' })
  @Get()
  @ApiOkResponse({ type: [RunSummaryView] })
  @Roles(...QA_READERS)
  async list(@Query() query: ListRunsQuery): Promise<RunSummaryView[]> {
    return (await this.queries.list(query)).map(toRunSummary);
  }

  @ApiOperation({ summary: 'Get a sampling run' })
  @Get(':id')
  @ApiOkResponse({ type: RunView })
  @Roles(...QA_READERS)
  get(@Param('id', ParseIdPipe) id: number): Promise<RunView> {
    return this.queries.detail(id);
  }

  @ApiOperation({ summary: 'Verify a run by redrawing it from its seed' })
  @Get(':id/verify')
  @ApiOkResponse({ type: RunVerificationView })
  @Roles(...QA_READERS)
  verify(@Param('id', ParseIdPipe) id: number): Promise<RunVerificationView> {
    return this.audit.verify(id);
  }

  @ApiOperation({ summary: 'Sampling run report' })
  @Get(':id/report')
  @ApiOkResponse({ type: RunReportView })
  @Roles(...QA_READERS)
  report(@Param('id', ParseIdPipe) id: number): Promise<RunReportView> {
    return this.audit.report(id);
  }

  /** The population exactly as the draw saw it, so an auditor can re-run the draw elsewhere. */
  @ApiOperation({ summary: 'The population a run was drawn from' })
  @Get(':id/population')
  @ApiOkResponse({ type: RunPopulationView })
  @Roles(...QA_READERS)
  async population(@Param('id', ParseIdPipe) id: number): Promise<RunPopulationView> {
    const run = toRunSummary(await this.queries.get(id));
    const calls = await this.queries.population(id);
    return { runId: id, seed: run.seed, algorithm: run.algorithm, rate: run.rate, calls };
  }
}
