import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { QA_READERS, QA_REVIEWERS } from '../qa-roles.js';
import { CreateRunDto } from './dto/create-run.dto.js';
import { ListRunsQuery } from './dto/list-runs.dto.js';
import { RunQueries } from './run-queries.js';
import { RunSummaryView, RunView, toRunSummary } from './run-view.js';
import { SamplingService } from './sampling.service.js';

@ApiTags('qa')
@Controller('api/qa/sampling-runs')
export class SamplingController {
  constructor(
    private readonly sampling: SamplingService,
    private readonly queries: RunQueries,
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
}
