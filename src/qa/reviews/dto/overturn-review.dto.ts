import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { RULES_OBJECT, ReviewRulesDto } from './create-review.dto.js';

export class OverturnReviewDto {
  @ApiProperty({ type: ReviewRulesDto })
  @IsObject(RULES_OBJECT)
  @ValidateNested()
  @Type(() => ReviewRulesDto)
  rules: ReviewRulesDto;

  @ApiProperty({ example: '录音第40秒客户已确认是机主本人，身份标准应为通过' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}
