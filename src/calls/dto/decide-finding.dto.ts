import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { FINDING_DECISIONS, type FindingDecision } from '../../compliance/index.js';

/** A finding's key as GET …/service-language lists it: kind@segment, and /family for taboos. */
const FINDING_KEY = /^[a-z_]{1,20}@\d{1,6}(\/[a-z0-9_.-]{1,64})?$/;

export class DecideFindingDto {
  @ApiProperty({ example: 'taboo@3/taboo.shirking', description: "The finding's `key`" })
  @IsString({ message: 'key must be a finding key such as taboo@3/taboo.shirking' })
  @Matches(FINDING_KEY, { message: 'key must be a finding key such as taboo@3/taboo.shirking' })
  key: string;

  @ApiProperty({ enum: FINDING_DECISIONS })
  @IsIn(FINDING_DECISIONS as unknown as string[], {
    message: `decision must be one of ${FINDING_DECISIONS.join(', ')}`,
  })
  decision: FindingDecision;

  @ApiPropertyOptional({ example: '客户先说了“是我自己的问题”，坐席是在复述', maxLength: 2000 })
  @IsOptional()
  @IsString({ message: 'note must be a string' })
  @Length(0, 2000, { message: 'note must be at most 2000 characters' })
  note?: string;
}
