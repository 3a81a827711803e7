import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { READ_ROLES } from '../../common/access/roles.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { ErrorView } from '../../common/http/error-view.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { DecideFindingDto } from '../dto/decide-finding.dto.js';
import { CallServiceLanguageView } from './finding-decision-view.js';
import { FindingDecisions } from './finding-decisions.service.js';

/** A call's service-language findings, and the inspectors' confirm / dismiss on each. */
@ApiTags('calls')
@Controller('api/calls')
export class FindingDecisionsController {
  constructor(private readonly decisions: FindingDecisions) {}

  @ApiOperation({ summary: "A call's service-language findings with their decisions" })
  @Get(':id/service-language')
  @Roles(...READ_ROLES)
  @ApiOkResponse({ type: CallServiceLanguageView })
  async get(@Param('id', ParseIdPipe) id: number): Promise<CallServiceLanguageView> {
    return this.decisions.view(id);
  }

  @ApiOperation({
    summary: 'Confirm or dismiss a service-language finding',
    description:
      'Dismissed findings leave the counted score and the weekly report; a later decision replaces an earlier one.',
  })
  @Post(':id/service-language/decisions')
  @HttpCode(200)
  @Roles('inspector', 'supervisor')
  @Audited('call.service_language.decide', 'call')
  @ApiOkResponse({ type: CallServiceLanguageView })
  @ApiNotFoundResponse({
    type: ErrorView,
    description: 'NOT_FOUND (call) or SERVICE_LANGUAGE_FINDING_NOT_FOUND (key)',
  })
  async decide(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: DecideFindingDto,
    @CurrentUser() user: Principal,
  ): Promise<CallServiceLanguageView> {
    return this.decisions.decide(id, dto, user);
  }
}
