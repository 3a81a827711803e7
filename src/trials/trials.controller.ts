import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../common/access/decorators.js';
import { READ_ROLES } from '../common/access/roles.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { InvalidInputError } from '../common/errors.js';
import { ErrorView } from '../common/http/error-view.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { normalizePhone } from '../common/phone/normalize-phone.js';
import type { StepNumber } from './domain/index.js';
import { RecordOutcomeDto } from './dto/record-outcome.dto.js';
import { ListTrialsQuery } from './dto/trial-queries.dto.js';
import { ParseStepPipe } from './step.pipe.js';
import { TrialQueries } from './trial-queries.service.js';
import { TrialView } from './trial-view.js';
import { TrialOutcomes } from './transitions/trial-outcomes.service.js';

@ApiTags('trials')
@Controller('api/trials')
export class TrialsController {
  constructor(
    private readonly queries: TrialQueries,
    private readonly outcomes: TrialOutcomes,
  ) {}

  /** Every trial of a number, whatever its spelling, newest first. */
  @ApiOperation({ summary: 'List trials' })
  @Get()
  @ApiOkResponse({ type: [TrialView] })
  @Roles(...READ_ROLES, 'agent')
  async list(@Query() query: ListTrialsQuery): Promise<TrialView[]> {
    const phone = normalizePhone(query.phone);
    if (!phone) throw new InvalidInputError(`phone: "${query.phone}" is not a valid phone number`);
    return this.queries.byPhone(phone);
  }

  @ApiOperation({ summary: 'Get a trial with its confirmation steps' })
  @Get(':id')
  @ApiOkResponse({ type: TrialView })
  @Roles(...READ_ROLES, 'agent')
  get(@Param('id', ParseIdPipe) id: number): Promise<TrialView> {
    return this.queries.get(id);
  }

  /** What a confirmation call found; 409 (with the rule's code) when the trial's state forbids it. */
  @ApiOperation({ summary: 'Record a confirmation call outcome' })
  @Post(':id/confirmations/:step/outcome')
  // Declared explicitly: the document must not depend on what the compiler emits for StepNumber.
  @ApiParam({ name: 'step', enum: ['1', '2'], description: 'Confirmation step: 1 or 2' })
  @HttpCode(200)
  @ApiOkResponse({ type: TrialView })
  @ApiBadRequestResponse({
    type: ErrorView,
    description: 'code VALIDATION_FAILED (step, outcome, callId) or INVALID_INPUT naming callId',
  })
  @ApiNotFoundResponse({ type: ErrorView, description: 'code NOT_FOUND: no such trial' })
  @ApiConflictResponse({
    type: ErrorView,
    description:
      "The trial's state forbids it; code TRIAL_CLOSED, TRIAL_ENDED, STEP_ORDER, STEP_DONE, " +
      'SAME_CALL or CALL_ALREADY_USED',
  })
  @Roles('agent', 'supervisor')
  @Audited('trial.confirmation_outcome', 'trial', 'id')
  async record(
    @Param('id', ParseIdPipe) id: number,
    @Param('step', ParseStepPipe) step: StepNumber,
    @Body() dto: RecordOutcomeDto,
  ): Promise<TrialView> {
    return this.queries.view(await this.outcomes.record(id, step, dto));
  }
}
