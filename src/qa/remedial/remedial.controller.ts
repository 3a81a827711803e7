import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RemedialTaskView, toTaskView, type TierLabels } from './remedial-task-view.js';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { QA_READERS, QA_REVIEWERS } from '../qa-roles.js';
import { ListRemedialQuery, RemedialOutcomeDto } from './dto/remedial.dto.js';
import { RemedialService } from './remedial.service.js';
import { toTierPlan } from '../tiers/tier-plan.js';
import { TiersService } from '../tiers/tiers.service.js';

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
