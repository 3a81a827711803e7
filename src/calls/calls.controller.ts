import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../common/access/decorators.js';
import { READ_ROLES } from '../common/access/roles.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { CallDetailView, CallPageView, CallView, toCallView } from './call-view.js';
import { CallReviews } from './call-reviews.js';
import { CallsService } from './calls.service.js';
import { TrialLookup } from './trial-lookup.js';
import { CreateCallDto } from './dto/create-call.dto.js';
import { ListCallsQuery } from './dto/list-calls.dto.js';

@ApiTags('calls')
@Controller('api/calls')
export class CallsController {
  constructor(
    private readonly calls: CallsService,
    private readonly reviews: CallReviews,
    private readonly trials: TrialLookup,
  ) {}

  /** 201 when stored, 200 with the same body when the same call arrives again. */
  @ApiOperation({ summary: 'Ingest a call (idempotent on externalId)' })
  @Post()
  @ApiCreatedResponse({ type: CallView, description: 'Stored' })
  @ApiOkResponse({ type: CallView, description: 'Already stored under this externalId' })
  @Roles('agent')
  @Audited('call.create', 'call')
  async create(
    @Body() dto: CreateCallDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CallView> {
    const { call, created } = await this.calls.ingest(dto);
    res.status(created ? 201 : 200);
    return { ...toCallView(call), trialId: await this.trials.viewTrialId(call) };
  }

  @ApiOperation({ summary: 'List calls' })
  @Get()
  @ApiOkResponse({ type: CallPageView })
  @Roles(...READ_ROLES)
  async list(@Query() query: ListCallsQuery): Promise<CallPageView> {
    const page = await this.calls.list(query);
    return { items: page.items.map(toCallView), nextCursor: page.nextCursor };
  }

  @ApiOperation({ summary: 'Get a call with its verdicts' })
  @Get(':id')
  @ApiOkResponse({ type: CallDetailView })
  @Roles(...READ_ROLES)
  async get(@Param('id', ParseIdPipe) id: number): Promise<CallDetailView> {
    const call = await this.calls.get(id);
    return {
      ...toCallView(call),
      trialId: await this.trials.viewTrialId(call),
      reviews: await this.reviews.of(call.id),
    };
  }

  @ApiOperation({ summary: 'Re-run the compliance checker on a call' })
  @Post(':id/evaluate')
  @HttpCode(200)
  @ApiOkResponse({ type: CallView })
  @Roles('inspector', 'supervisor')
  @Audited('call.evaluate', 'call')
  async evaluate(@Param('id', ParseIdPipe) id: number): Promise<CallView> {
    return toCallView(await this.calls.reevaluate(id));
  }
}
