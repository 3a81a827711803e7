import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { validationFailed } from '../../../common/http/error-body.js';
import { IsRowId } from '../../../common/validation/row-id.js';
import { failedStandards, STANDARDS, type ReviewRules } from '../review.entity.js';

const RESULTS = ['pass', 'fail'];
const result = (name: string) => IsIn(RESULTS, { message: `rules.${name} must be pass or fail` });
const last = STANDARDS.length - 1;
/** Names every standard, in order: "identity, comprehension, script and consent". */
export const RULES_OBJECT = {
  message: `rules must be an object with ${STANDARDS.slice(0, last).join(', ')} and ${STANDARDS[last]}`,
};

/** One field per standard of the registry, decorated in a loop so a new standard needs no edit here. */
export const ReviewRulesDto = class ReviewRulesDto {} as new () => ReviewRules;
export type ReviewRulesDto = ReviewRules;
for (const s of STANDARDS) {
  ApiProperty({ enum: RESULTS })(ReviewRulesDto.prototype, s);
  result(s)(ReviewRulesDto.prototype, s);
}

/** A remark pinned to a moment of the recording. */
export class ReviewCommentDto {
  @ApiProperty({ example: 82_000 }) @IsInt() @Min(0) @Max(86_400_000) atMs: number;
  @ApiProperty({ example: '客户只说了“嗯”，不是明确同意' })
  @IsString()
  @Length(1, 2000)
  text: string;
}

export class CreateReviewDto {
  @ApiProperty({ example: 42 })
  @IsRowId('itemId')
  itemId: number;

  @ApiProperty({ type: ReviewRulesDto })
  @IsObject(RULES_OBJECT)
  @ValidateNested()
  @Type(() => ReviewRulesDto)
  rules: ReviewRulesDto;

  @ApiPropertyOptional({
    example: '身份核实完整，客户明确同意开通',
    description: 'Required, not blank, when any standard is fail: the reason the call fails it.',
  })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  notes?: string;

  @ApiPropertyOptional({ type: [ReviewCommentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReviewCommentDto)
  comments?: ReviewCommentDto[];
}

/**
 * A fail must say why: the call becomes invalid, a call-back and a penalty
 * follow, and the agent and a later supervisor need the reason. A cross-field
 * rule, checked after the DTO (class-validator would report one message per
 * constraint on a missing value); same 400 body and code as the DTO's own.
 */
export function assertNotesForFailures(dto: CreateReviewDto): void {
  const failed = failedStandards(dto.rules);
  if (failed.length === 0 || (dto.notes ?? '').trim() !== '') return;
  const names = failed.map((s) => `rules.${s}`);
  const which =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  throw validationFailed([
    `notes must not be empty when ${which} ${names.length === 1 ? 'is' : 'are'} fail: say why`,
  ]);
}
