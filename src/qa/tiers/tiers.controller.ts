import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { TierPlanDto } from '../plans/dto/update-plans.dto.js';
import { QA_READERS } from '../qa-roles.js';
import { TierParams } from './dto/tier-params.dto.js';
import { TiersService } from './tiers.service.js';
import { TierView, toTierView } from './tier-view.js';

@ApiTags('qa')
@Controller('api/qa/tiers')
export class TiersController {
  constructor(private readonly tiers: TiersService) {}

  @ApiOperation({ summary: 'List the sampling tiers stored as rows' })
  @ApiOkResponse({ type: [TierView] })
  @Get()
  @Roles(...QA_READERS)
  async list(): Promise<TierView[]> {
    return (await this.tiers.list()).map(toTierView);
  }

  @ApiOperation({ summary: 'Change a sampling tier (rate, reviewer role, due days)' })
  @ApiOkResponse({ type: TierView })
  @Put(':tier')
  @Roles('admin')
  @Audited('qa.tier.update', 'qa_tier', 'tier')
  async update(
    @Param() params: TierParams,
    @Body() dto: TierPlanDto,
    @CurrentUser() user: Principal,
  ): Promise<TierView> {
    return toTierView(await this.tiers.update(params.tier, dto, user));
  }
}
