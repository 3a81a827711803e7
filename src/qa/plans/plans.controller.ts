import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { QA_READERS } from '../qa-roles.js';
import { UpdatePlansDto } from './dto/update-plans.dto.js';
import { toPlanView } from './plan.js';
import { PlanView } from './plan-view.js';
import { PlansService } from './plans.service.js';

@ApiTags('qa')
@Controller('api/qa/plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @ApiOperation({ summary: 'Get the sampling plans' })
  @ApiOkResponse({ type: PlanView })
  @Get()
  @Roles(...QA_READERS)
  async get(): Promise<PlanView> {
    return toPlanView(await this.plans.rows());
  }

  @ApiOperation({ summary: 'Replace the sampling plans' })
  @ApiOkResponse({ type: PlanView })
  @Put()
  @Roles('admin')
  @Audited('qa.plan.update', 'qa_plan')
  async update(@Body() dto: UpdatePlansDto, @CurrentUser() user: Principal): Promise<PlanView> {
    return toPlanView(await this.plans.update(dto, user));
  }
}
