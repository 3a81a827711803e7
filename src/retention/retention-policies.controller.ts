import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access/decorators.js';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { UpdatePoliciesDto } from './dto/update-policies.dto.js';
import { RetentionPolicies } from './retention-policies.service.js';
import { RetentionPolicyView, toPolicyView } from './retention-view.js';

@ApiTags('retention')
@Controller('api/retention/policies')
export class RetentionPoliciesController {
  constructor(private readonly policies: RetentionPolicies) {}

  @ApiOperation({ summary: 'The retention clock of every data class, with its legal minimum' })
  @ApiOkResponse({ type: [RetentionPolicyView] })
  @Get()
  @Roles('admin', 'auditor')
  async list(): Promise<RetentionPolicyView[]> {
    return (await this.policies.list()).map(toPolicyView);
  }

  @ApiOperation({
    summary: 'Change retention clocks (all or none; a value below the legal minimum is refused)',
  })
  @ApiOkResponse({ type: [RetentionPolicyView] })
  @Put()
  @Roles('admin')
  @Audited('retention.policies.update', 'retention_policy')
  async update(
    @Body() dto: UpdatePoliciesDto,
    @CurrentUser() user: Principal,
  ): Promise<RetentionPolicyView[]> {
    return (await this.policies.update(dto.policies, user)).map(toPolicyView);
  }
}
