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
import { toTierPlan } from '../tiers/tier-plan.js';
import { TiersService } from '../tiers/tiers.service.js';

const isStandard = (s: string): s is Standard => (STANDARDS as readonly string[]).includes(s);

/** Tier labels by id: the console words a task from them. */
type TierLabels = ReadonlyMap<string, string>;

function toTaskView(t: RemedialTask, labels: TierLabels): RemedialTaskView {
  return {
    id: t.id,
    callId: t.callId,
    phone: t.phone,
    agentCode: t.agentCode,
    productCode: t.productCode,
    reason: t.reason,
    tier: t.tier,
    tierLabel: (t.tier && labels.get(t.tier)) ?? null,
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
  constructor(
    private readonly remedial: RemedialService,
    private readonly tiers: TiersService,
  ) {}

  private async labels(): Promise<TierLabels> {
    return new Map((await this.tiers.list()).map((r) => [r.tier, toTierPlan(r).label]));
  }

  @ApiOperation({ summary: 'List remedial tasks' })
  @ApiOkResponse({ type: [RemedialTaskView] })
  @Get()
  @Roles(...QA_READERS)
  async list(@Query() query: ListRemedialQuery): Promise<RemedialTaskView[]> {
    const labels = await this.labels();
    return (await this.remedial.list(query)).map((t) => toTaskView(t, labels));
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
    return toTaskView(await this.remedial.recordOutcome(id, dto, user), await this.labels());
  }
}
