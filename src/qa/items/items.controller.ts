import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { TIER_REVIEWERS } from '../qa-roles.js';
import { ItemView, toItemView } from '../sampling/run-view.js';
import { QueueQuery } from './dto/queue-query.dto.js';
import { ReassignDto } from './dto/reassign.dto.js';
import { QueueItemView } from './queue-item-view.js';
import { QueueService } from './queue.service.js';

@ApiTags('qa')
@Controller('api/qa')
export class ItemsController {
  constructor(private readonly queue: QueueService) {}

  /** The caller's open review items (oldest first unless sorted), each with its call and automatic verdict. */
  @ApiOperation({ summary: 'The review queue, filtered, searched and sorted' })
  @Get('queue')
  @ApiOkResponse({ type: [QueueItemView] })
  @Roles(...TIER_REVIEWERS)
  list(@CurrentUser() user: Principal, @Query() query: QueueQuery): Promise<QueueItemView[]> {
    return this.queue.queue(user, query);
  }

  @ApiOperation({ summary: 'Reassign a review item' })
  @Put('items/:id/assignee')
  @Roles('admin')
  @ApiOkResponse({ type: ItemView })
  @Audited('qa.item.reassign', 'qa_item')
  async reassign(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ReassignDto,
  ): Promise<ItemView> {
    const item = await this.queue.reassign(id, dto.userId);
    return toItemView(item);
  }
}
