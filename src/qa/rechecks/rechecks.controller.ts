import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/decorators.js';
import { PlansService } from '../plans/plans.service.js';
import { QA_READERS } from '../qa-roles.js';
import { RecheckView } from './recheck-view.js';
import { RechecksService } from './rechecks.service.js';

@ApiTags('qa')
@Controller('api/qa/rechecks')
export class RechecksController {
  constructor(
    private readonly rechecks: RechecksService,
    private readonly plans: PlansService,
  ) {}

  /** Agents under heightened re-checks; `?all=true` adds released stints as history. */
  @ApiOperation({ summary: 'List re-check tasks' })
  @Get()
  @ApiOkResponse({ type: [RecheckView] })
  @Roles(...QA_READERS)
  @ApiQuery({ name: 'all', required: false, enum: ['true', 'false'] })
  async list(@Query('all') all?: string): Promise<RecheckView[]> {
    const plan = await this.plans.get();
    const entries = await this.rechecks.list(new Date(), all === 'true');
    return entries.map((e) => ({
      agentCode: e.agentCode,
      reason: e.reason,
      since: e.since,
      until: e.until,
      lastFailureAt: e.lastFailureAt,
      consecutivePasses: e.consecutivePasses,
      passesToRelease: plan.recheckReleasePasses,
      ...(e.releasedAt && { releasedAt: e.releasedAt, releaseReason: e.releaseReason }),
    }));
  }
}
