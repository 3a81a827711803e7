import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { Omittable } from '../../../common/validation/omittable.js';
import { TierPlanDto } from '../../tiers/dto/tier-plan.dto.js';

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

/**
 * Fields given are changed; fields left out keep their value. `daily` and
 * `weekly` are the tier rows of those ids (the public contract predates tier rows).
 */
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
