import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { Omittable } from '../../../common/validation/omittable.js';

export const REVIEWER_ROLES = ['inspector', 'supervisor'] as const;

export class TierPlanDto {
  @ApiPropertyOptional({ example: 0.1, description: 'Share of the period to draw at random, 0–1' })
  @Omittable()
  @IsNumber({}, { message: 'rate must be a number' })
  @Min(0)
  @Max(1)
  rate?: number;

  @ApiPropertyOptional({ enum: REVIEWER_ROLES })
  @Omittable()
  @IsIn(REVIEWER_ROLES as unknown as string[], {
    message: `reviewerRole must be one of: ${REVIEWER_ROLES.join(', ')}`,
  })
  reviewerRole?: (typeof REVIEWER_ROLES)[number];

  @ApiPropertyOptional({ example: 2, description: 'Business days a review may take' })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(30)
  reviewDueBusinessDays?: number;
}

export class RecheckPlanDto {
  @ApiPropertyOptional({ example: 5, description: 'M: consecutive passing reviews to release' })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(100)
  releaseAfterPasses?: number;

  @ApiPropertyOptional({ example: 10, description: 'N: business days after the last failure' })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(250)
  releaseAfterBusinessDays?: number;
}

/** Fields given are changed; fields left out keep their value. */
export class UpdatePlansDto {
  @ApiPropertyOptional({ type: TierPlanDto })
  @Omittable()
  @IsObject({ message: 'daily must be an object' })
  @ValidateNested()
  @Type(() => TierPlanDto)
  daily?: TierPlanDto;

  @ApiPropertyOptional({ type: TierPlanDto })
  @Omittable()
  @IsObject({ message: 'weekly must be an object' })
  @ValidateNested()
  @Type(() => TierPlanDto)
  weekly?: TierPlanDto;

  @ApiPropertyOptional({ type: RecheckPlanDto })
  @Omittable()
  @IsObject({ message: 'recheck must be an object' })
  @ValidateNested()
  @Type(() => RecheckPlanDto)
  recheck?: RecheckPlanDto;
}
