import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DueConfirmationView } from './delivery/due-confirmation-view.js';
import { Roles } from '../common/access/decorators.js';
import { DueConfirmations } from './delivery/due-confirmations.service.js';
import { DueQuery } from './dto/trial-queries.dto.js';

@ApiTags('trials')
@Controller('api/confirmations')
export class ConfirmationsController {
  constructor(private readonly due: DueConfirmations) {}

  /** Confirmation calls to make now (their step's job fired), oldest due first, with the filled script. */
  @ApiOperation({ summary: 'Confirmation calls due' })
  @ApiOkResponse({ type: [DueConfirmationView] })
  @Get('due')
  @Roles('agent', 'supervisor')
  list(@Query() query: DueQuery): Promise<DueConfirmationView[]> {
    return this.due.list(query.limit);
  }
}
