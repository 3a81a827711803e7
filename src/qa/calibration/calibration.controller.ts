import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../../auth/decorators.js';
import { QA_READERS } from '../qa-roles.js';
import { CalibrationQuery } from './calibration.query.js';
import { CalibrationService } from './calibration.service.js';

@ApiTags('qa')
@Controller('api/qa/calibration')
export class CalibrationController {
  constructor(private readonly calibration: CalibrationService) {}

  /** Agreement between reviewers and the checker per standard and per reviewer. */
  @ApiOperation({ summary: 'Checker-versus-reviewer calibration report' })
  @Get()
  @Roles(...QA_READERS)
  report(@Query() query: CalibrationQuery) {
    return this.calibration.report(query);
  }
}
