import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { QA_READERS } from '../qa-roles.js';
import { TierParams } from './dto/tier-params.dto.js';
import { CreateTierDto, UpdateTierDto } from './dto/tier-plan.dto.js';
import { TiersService } from './tiers.service.js';
import { TierView, toTierView } from './tier-view.js';

@ApiTags('qa')
@Controller('api/qa/tiers')
export class TiersController {
  constructor(private readonly tiers: TiersService) {}

  @ApiOperation({ summary: 'List the sampling tiers (call tiers and the work-order tier)' })
  @ApiOkResponse({ type: [TierView] })
  @Get()
  @Roles(...QA_READERS)
  async list(): Promise<TierView[]> {
    return (await this.tiers.list()).map(toTierView);
  }

  @ApiOperation({
    summary: 'Add a call sampling tier (e.g. a monthly 1% audit)',
    description: 'Workers schedule it from its `schedule` at their next start.',
  })
  @ApiCreatedResponse({ type: TierView })
  @Post()
  @Roles('admin')
  @Audited('qa.tier.create', 'qa_tier', 'tier')
  async create(@Body() dto: CreateTierDto, @CurrentUser() user: Principal): Promise<TierView> {
    return toTierView(await this.tiers.create(dto, user));
  }

  @ApiOperation({
    summary: 'Change a sampling tier (rate, reviewer role, due days, schedule, label)',
  })
  @ApiOkResponse({ type: TierView })
  @Put(':tier')
  @Roles('admin')
  @Audited('qa.tier.update', 'qa_tier', 'tier')
  async update(
    @Param() params: TierParams,
    @Body() dto: UpdateTierDto,
    @CurrentUser() user: Principal,
  ): Promise<TierView> {
    return toTierView(await this.tiers.update(params.tier, dto, user));
  }
}
