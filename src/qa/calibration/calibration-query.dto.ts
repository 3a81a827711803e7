import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsLocalDate } from '../../common/validation/dates.js';

export class CalibrationQuery {
  @ApiPropertyOptional({
    description: 'First local review date, inclusive (default: to − 29 days)',
  })
  @IsOptional()
  @IsLocalDate('from')
  from?: string;

  @ApiPropertyOptional({ description: 'Last local review date, inclusive (default: today)' })
  @IsOptional()
  @IsLocalDate('to')
  to?: string;
}
