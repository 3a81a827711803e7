import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { QA_READERS, TIER_REVIEWERS } from '../qa-roles.js';
import { assertNotesForFailures, CreateReviewDto } from './dto/create-review.dto.js';
import { ListReviewsQuery } from './dto/list-reviews.dto.js';
import { OverturnReviewDto } from './dto/overturn-review.dto.js';
import { OverturnService } from './overturn.service.js';
import { PenaltyView, toPenaltyView } from './penalty-view.js';
import { ReviewQueries } from './review-queries.js';
import { ReviewView, toReviewView } from './review-view.js';
import { ReviewsService } from './reviews.service.js';

@ApiTags('qa')
@Controller('api/qa')
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly overturns: OverturnService,
    private readonly queries: ReviewQueries,
  ) {}

  @ApiOperation({ summary: 'Submit a QA review of a sampled call' })
  @ApiCreatedResponse({ type: ReviewView })
  @Post('reviews')
  @Roles(...TIER_REVIEWERS)
  @Audited('qa.review.create', 'qa_review')
  async create(@Body() dto: CreateReviewDto, @CurrentUser() user: Principal): Promise<ReviewView> {
    assertNotesForFailures(dto);
    return toReviewView(await this.reviews.create(dto, user));
  }

  /** Reviews beside a call: every review of it (or of an item), overturned ones included. */
  @ApiOperation({ summary: 'List reviews' })
  @ApiOkResponse({ type: [ReviewView] })
  @Get('reviews')
  @Roles(...QA_READERS)
  async list(@Query() q: ListReviewsQuery): Promise<ReviewView[]> {
    return (await this.queries.list(q)).map(toReviewView);
  }

  @ApiOperation({ summary: 'Get a review' })
  @ApiOkResponse({ type: ReviewView })
  @Get('reviews/:id')
  @Roles(...QA_READERS)
  async get(@Param('id', ParseIdPipe) id: number): Promise<ReviewView> {
    return toReviewView(await this.queries.get(id));
  }

  /** Supervisors replace a review's verdict with a reason; the old one stays as history. */
  @ApiOperation({ summary: 'Overturn a review (supervisor)' })
  @ApiCreatedResponse({ type: ReviewView, description: 'The new, overturning review' })
  @Post('reviews/:id/overturn')
  @Roles('supervisor')
  @Audited('qa.review.overturn', 'qa_review')
  async overturn(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: OverturnReviewDto,
    @CurrentUser() user: Principal,
  ): Promise<ReviewView> {
    return toReviewView(await this.overturns.overturn(id, dto, user));
  }

  @ApiOperation({ summary: 'List agent penalties' })
  @ApiOkResponse({ type: [PenaltyView] })
  @Get('penalties')
  @Roles(...QA_READERS)
  @ApiQuery({ name: 'agentCode', required: false })
  async penalties(@Query('agentCode') agentCode?: string): Promise<PenaltyView[]> {
    return (await this.queries.penalties(agentCode)).map(toPenaltyView);
  }
}
