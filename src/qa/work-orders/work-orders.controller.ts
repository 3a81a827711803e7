import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import type { Role } from '../../common/access/roles.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { QA_READERS, QA_REVIEWERS } from '../qa-roles.js';
import {
  ContestWorkOrderDto,
  DecideWorkOrderDto,
  DrawWorkOrdersDto,
  ListWorkOrdersQuery,
  ReviewWorkOrderDto,
} from './dto/work-order.dto.js';
import { WorkOrderDrawService } from './work-order-draw.service.js';
import { WorkOrderReviewsService } from './work-order-reviews.service.js';
import {
  toItemView,
  WorkOrderItemsView,
  WorkOrderItemView,
  WorkOrderRunView,
} from './work-order-view.js';

/** Who handles complaints (records and owns them), as in the complaints module. */
const HANDLERS: Role[] = ['supervisor', 'inspector', 'campaign_manager'];

@ApiTags('qa')
@Controller('api/qa/work-orders')
export class WorkOrdersController {
  constructor(
    private readonly draws: WorkOrderDrawService,
    private readonly reviews: WorkOrderReviewsService,
  ) {}

  /** 201 with a new run; 200 with the existing one when the week was drawn already. */
  @ApiOperation({ summary: "Draw a week's closed complaints for work-order QA" })
  @Post('runs')
  @ApiCreatedResponse({ type: WorkOrderRunView, description: 'Drawn now' })
  @ApiOkResponse({ type: WorkOrderRunView, description: 'This week was drawn already' })
  @Roles('supervisor')
  @Audited('qa.work_order.draw', 'qa_work_order_run')
  async draw(
    @Body() dto: DrawWorkOrdersDto,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WorkOrderRunView> {
    const { run, created } = await this.draws.draw(dto.period, user);
    res.status(created ? 201 : 200);
    return run;
  }

  @ApiOperation({ summary: 'List drawn work orders' })
  @ApiOkResponse({ type: WorkOrderItemsView })
  @Get()
  @Roles(...QA_READERS)
  async list(@Query() query: ListWorkOrdersQuery): Promise<WorkOrderItemsView> {
    return { items: (await this.reviews.list(query)).map(toItemView) };
  }

  /** Declared before :id so "mine" is not read as an id. */
  @ApiOperation({ summary: 'My failed work orders, with the reviewers’ notes' })
  @ApiOkResponse({ type: WorkOrderItemsView })
  @Get('mine')
  @Roles(...HANDLERS)
  async mine(@CurrentUser() user: Principal): Promise<WorkOrderItemsView> {
    return { items: (await this.reviews.mine(user)).map(toItemView) };
  }

  @ApiOperation({ summary: 'Get a drawn work order' })
  @ApiOkResponse({ type: WorkOrderItemView })
  @Get(':id')
  @Roles(...QA_READERS)
  async get(@Param('id', ParseIdPipe) id: number): Promise<WorkOrderItemView> {
    return toItemView(await this.reviews.get(id));
  }

  @ApiOperation({ summary: 'Review a work order against the qualified-work-order checklist' })
  @ApiOkResponse({ type: WorkOrderItemView })
  @Post(':id/review')
  @HttpCode(200)
  @Roles(...QA_REVIEWERS)
  @Audited('qa.work_order.review', 'qa_work_order_item')
  async review(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ReviewWorkOrderDto,
    @CurrentUser() user: Principal,
  ): Promise<WorkOrderItemView> {
    return toItemView(await this.reviews.review(id, dto, user));
  }

  @ApiOperation({ summary: 'Contest a failed review of my work order (once)' })
  @ApiOkResponse({ type: WorkOrderItemView })
  @Post(':id/contest')
  @HttpCode(200)
  @Roles(...HANDLERS)
  @Audited('qa.work_order.contest', 'qa_work_order_item')
  async contest(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ContestWorkOrderDto,
    @CurrentUser() user: Principal,
  ): Promise<WorkOrderItemView> {
    return toItemView(await this.reviews.contest(id, dto, user));
  }

  @ApiOperation({ summary: 'Decide a contested review: uphold or overturn (a second supervisor)' })
  @ApiOkResponse({ type: WorkOrderItemView })
  @Post(':id/decision')
  @HttpCode(200)
  @Roles('supervisor')
  @Audited('qa.work_order.decide', 'qa_work_order_item')
  async decide(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: DecideWorkOrderDto,
    @CurrentUser() user: Principal,
  ): Promise<WorkOrderItemView> {
    return toItemView(await this.reviews.decide(id, dto, user));
  }
}
