import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { Omittable } from '../../../common/validation/omittable.js';
import { PERIOD_KINDS, type PeriodKind } from '../../domain/index.js';

/** Who may be a tier's reviewers; the carrier's auditors for an audit tier such as a monthly 1%. */
export const REVIEWER_ROLES = ['inspector', 'supervisor', 'auditor'] as const;
export type ReviewerRole = (typeof REVIEWER_ROLES)[number];
/** A six-field cron (seconds first), read in CENTRE_TZ. */
const CRON_SHAPE = /^\S+( \S+){5}$/;

const RateRule = () =>
  applyDecorators(IsNumber({}, { message: 'rate must be a number' }), Min(0), Max(1));
const ReviewerRoleRule = () =>
  IsIn(REVIEWER_ROLES as unknown as string[], {
    message: `reviewerRole must be one of: ${REVIEWER_ROLES.join(', ')}`,
  });
const DueDaysRule = () => applyDecorators(IsInt(), Min(1), Max(30));

/** A tier's editable fields: those given are changed (PUT /api/qa/tiers/{tier}, and each tier of PUT /api/qa/plans). */
export class TierPlanDto {
  @ApiPropertyOptional({ example: 0.1, description: 'Share of the period to draw at random, 0–1' })
  @Omittable()
  @RateRule()
  rate?: number;

  @ApiPropertyOptional({ enum: REVIEWER_ROLES })
  @Omittable()
  @ReviewerRoleRule()
  reviewerRole?: ReviewerRole;

  @ApiPropertyOptional({ example: 2, description: 'Business days a review may take' })
  @Omittable()
  @DueDaysRule()
  reviewDueBusinessDays?: number;
}

/** PUT /api/qa/tiers/{tier}: also the schedule and the console label. */
export class UpdateTierDto extends TierPlanDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '0 0 3 1 * *',
    description: 'Six-field cron in CENTRE_TZ for the scheduled draw; null: drawn by hand only',
  })
  @Omittable()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @Matches(CRON_SHAPE, { message: 'schedule must be a six-field cron, e.g. "0 0 3 1 * *"' })
  @MaxLength(32)
  schedule?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '运营商月度稽核' })
  @Omittable()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  label?: string | null;
}

/** The required fields of a new call tier. */
class NewTierFields {
  @ApiProperty({ example: 'monthly', description: 'Stable id: lower case, 2–8 characters' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,7}$/, {
    message: 'tier must be 2–8 lower-case letters, digits or _ starting with a letter',
  })
  tier: string;

  @ApiProperty({ enum: PERIOD_KINDS })
  @IsIn(PERIOD_KINDS as unknown as string[], {
    message: `periodKind must be one of: ${PERIOD_KINDS.join(', ')}`,
  })
  periodKind: PeriodKind;

  @ApiProperty({ example: 0.01, description: 'Share of the period to draw at random, 0–1' })
  @RateRule()
  rate: number;

  @ApiProperty({ enum: REVIEWER_ROLES })
  @ReviewerRoleRule()
  reviewerRole: ReviewerRole;

  @ApiProperty({ example: 5, description: 'Business days a review may take' })
  @DueDaysRule()
  reviewDueBusinessDays: number;
}

/** POST /api/qa/tiers: a new call tier (a row plus, at most, a period kind). */
export class CreateTierDto extends IntersectionType(
  NewTierFields,
  PickType(UpdateTierDto, ['schedule', 'label'] as const),
) {}
