import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class ListTrialsQuery {
  @ApiProperty({ example: '+86 139 2041 7736', description: 'Any spelling of the number' })
  @IsString({ message: 'phone is required' })
  @Length(1, 40)
  phone: string;
}

export class DueQuery {
  @ApiPropertyOptional({ default: 200, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
