import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access/decorators.js';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { ComplaintQueries } from './complaint-queries.js';
import { ComplaintTransitions } from './complaint-transitions.js';
import {
  ComplaintDetailView,
  ComplaintPageView,
  CreatedComplaintView,
  OverdueComplaintsView,
  toComplaintView,
  toDetailView,
} from './complaint-view.js';
import { COMPLAINT_READERS, COMPLAINT_RECORDERS } from './complaint-roles.js';
import { ComplaintsService } from './complaints.service.js';
import { CreateComplaintDto } from './dto/create-complaint.dto.js';
import { ListComplaintsQuery } from './dto/list-complaints.dto.js';
import { TransitionComplaintDto } from './dto/transition-complaint.dto.js';

const RECORDERS = COMPLAINT_RECORDERS;
const READERS = COMPLAINT_READERS;

@ApiTags('complaints')
@Controller('api/complaints')
export class ComplaintsController {
  constructor(
    private readonly complaints: ComplaintsService,
    private readonly queries: ComplaintQueries,
    private readonly transitions: ComplaintTransitions,
  ) {}

  @ApiOperation({ summary: 'Register a complaint' })
  @Post()
  @ApiCreatedResponse({ type: CreatedComplaintView })
  @Roles(...RECORDERS)
  @Audited('complaint.create', 'complaint')
  async create(
    @Body() dto: CreateComplaintDto,
    @CurrentUser() user: Principal,
  ): Promise<CreatedComplaintView> {
    const { complaint, blacklist } = await this.complaints.create(dto, user);
    return { ...toComplaintView(complaint, new Date()), blacklist };
  }

  @ApiOperation({ summary: 'List complaints' })
  @ApiOkResponse({ type: ComplaintPageView })
  @Get()
  @Roles(...READERS)
  async list(@Query() query: ListComplaintsQuery): Promise<ComplaintPageView> {
    const now = new Date();
    const page = await this.queries.list(query, now);
    return { items: page.items.map((c) => toComplaintView(c, now)), nextCursor: page.nextCursor };
  }

  /** Declared before :id so "overdue" is not read as an id. */
  @ApiOperation({ summary: 'Complaints past their deadline' })
  @ApiOkResponse({ type: OverdueComplaintsView })
  @Get('overdue')
  @Roles(...READERS)
  async overdue(): Promise<OverdueComplaintsView> {
    const now = new Date();
    const items = await this.queries.overdue(now);
    return { asOf: now.toISOString(), items: items.map((c) => toComplaintView(c, now)) };
  }

  @ApiOperation({ summary: 'Get a complaint' })
  @ApiOkResponse({ type: ComplaintDetailView })
  @Get(':id')
  @Roles(...READERS)
  async get(@Param('id', ParseIdPipe) id: number): Promise<ComplaintDetailView> {
    return toDetailView(await this.complaints.get(id), new Date());
  }

  @ApiOperation({ summary: 'Move a complaint to its next state' })
  @ApiOkResponse({ type: ComplaintDetailView })
  @Post(':id/transition')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @Audited('complaint.transition', 'complaint')
  async transition(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: TransitionComplaintDto,
    @CurrentUser() user: Principal,
  ): Promise<ComplaintDetailView> {
    await this.transitions.move(id, dto, user);
    return toDetailView(await this.complaints.get(id), new Date());
  }
}
