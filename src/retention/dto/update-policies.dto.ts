import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DATA_CLASSES, type DataClass } from '../domain/data-classes.js';

export class PolicyChangeDto {
  @ApiProperty({ enum: DATA_CLASSES })
  @IsIn(DATA_CLASSES as unknown as string[], {
    message: `dataClass must be one of: ${DATA_CLASSES.join(', ')}`,
  })
  dataClass: DataClass;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Days kept; null only for recordings_held (kept while the hold is open)',
  })
  @ValidateIf((_o, v) => v !== null)
  @IsInt({ message: 'keepDays must be a whole number of days or null' })
  @Min(0, { message: 'keepDays must not be negative' })
  @Max(36_500, { message: 'keepDays must be at most 36500' })
  keepDays: number | null;
}

/** The classes to change; classes left out keep their clock. */
export class UpdatePoliciesDto {
  @ApiProperty({ type: [PolicyChangeDto] })
  @IsArray({ message: 'policies must be an array' })
  @ArrayMinSize(1, { message: 'policies must name at least one class' })
  @ArrayMaxSize(DATA_CLASSES.length * 2)
  @IsObject({ each: true, message: 'each of policies must be an object' })
  @ValidateNested({ each: true })
  @Type(() => PolicyChangeDto)
  policies: PolicyChangeDto[];
}
