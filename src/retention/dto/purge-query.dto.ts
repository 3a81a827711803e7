import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class PurgeQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: list what would go, remove nothing',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun must be true or false' })
  dryRun?: 'true' | 'false';
}
