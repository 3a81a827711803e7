import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RemedialTaskView } from './remedial-task-view.js';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { QA_READERS, QA_REVIEWERS } from '../qa-roles.js';
import { ListRemedialQuery, RemedialOutcomeDto } from './dto/remedial.dto.js';
import type { RemedialTask } from './remedial-task.entity.js';
import { RemedialService } from './remedial.service.js';
import { iso } from '../../common/http/view-props.js';
import { STANDARDS, type Standard } from '../../compliance/index.js';

const isStandard = (s: string): s is Standard => (STANDARDS as readonly string[]).includes(s);

function toTaskView(t: RemedialTask): RemedialTaskView {
  return {
    id: t.id,
    callId: t.callId,
    phone: t.phone,
    agentCode: t.agentCode,
    productCode: t.productCode,
    reason: t.reason,
    tier: t.tier,
    failedStandards: (t.failedStandards?.split(',') ?? []).filter(isStandard),
    status: t.status,
    reviewId: t.reviewId,
    createdAt: t.createdAt.toISOString(),
    outcome:
      t.status === 'open'
        ? null
        : {
            callbackCallId: t.callbackCallId,
            customerAgreed: t.customerAgreed,
            subscriptionCancelled: t.subscriptionCancelled,
            note: t.note,
            cancelledByReviewId: t.cancelledByReviewId,
            cancelReason: t.cancelReason,
            completedAt: iso(t.completedAt),
            completedBy:
              t.completedById === null ? null : { id: t.completedById, name: t.completedByName },
          },
  };
}

@ApiTags('qa')
@Controller('api/qa/remedial-tasks')
export class RemedialController {
  constructor(private readonly remedial: RemedialService) {}

  @ApiOperation({ summary: 'List remedial tasks' })
  @ApiOkResponse({ type: [RemedialTaskView] })
  @Get()
  @Roles(...QA_READERS)
  async list(@Query() query: ListRemedialQuery): Promise<RemedialTaskView[]> {
    return (await this.remedial.list(query)).map(toTaskView);
  }

  @ApiOperation({ summary: 'Record the outcome of a remedial task' })
  @ApiOkResponse({ type: RemedialTaskView })
  @Post(':id/outcome')
  @HttpCode(200)
  @Roles(...QA_REVIEWERS)
  @Audited('qa.remedial.outcome', 'qa_remedial_task')
  async outcome(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: RemedialOutcomeDto,
    @CurrentUser() user: Principal,
  ): Promise<RemedialTaskView> {
    return toTaskView(await this.remedial.recordOutcome(id, dto, user));
  }
}
