import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/decorators.js';
import { QA_READERS } from '../qa-roles.js';
import { CalibrationQuery, DisagreementsQuery } from './calibration-query.dto.js';
import { CalibrationService } from './calibration.service.js';
import { CalibrationView, DisagreementView } from './calibration-view.js';

@ApiTags('qa')
@Controller('api/qa/calibration')
export class CalibrationController {
  constructor(private readonly calibration: CalibrationService) {}

  /** Agreement between reviewers and the checker per standard and per reviewer. */
  @ApiOperation({ summary: 'Checker-versus-reviewer calibration report' })
  @Get()
  @ApiOkResponse({ type: CalibrationView })
  @Roles(...QA_READERS)
  report(@Query() query: CalibrationQuery): Promise<CalibrationView> {
    return this.calibration.report(query);
  }

  /** The drill-down: the reviews behind the disagreements, each linking to its call. */
  @ApiOperation({ summary: 'Reviews where reviewer and checker disagree (calibration drill-down)' })
  @Get('disagreements')
  @ApiOkResponse({ type: [DisagreementView] })
  @Roles(...QA_READERS)
  disagreements(@Query() query: DisagreementsQuery): Promise<DisagreementView[]> {
    return this.calibration.disagreements(query);
  }
}
