import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Length } from 'class-validator';
import { PageLimit, PageOffset } from '../../common/http/page-query.dto.js';

export class AddToBlacklistDto {
  @ApiProperty({ example: '+86 138 0013 8000' }) @IsString() @Length(1, 40) phone: string;
  @ApiProperty({ example: '严重投诉：多次骚扰' })
  @IsString()
  @IsNotEmpty()
  @Length(1, 500)
  reason: string;
}

export class RemoveFromBlacklistDto {
  @ApiProperty({ example: '核实为误加' }) @IsString() @IsNotEmpty() @Length(1, 500) reason: string;
}

export class BlacklistQueryDto {
  @ApiProperty({ example: '13800138000', description: 'Any spelling' })
  @IsString()
  @Length(1, 40)
  phone: string;
}

/** Browsing the active list: newest first, narrowed by any spelling of a number or part of one. */
export class BlacklistBrowseQueryDto {
  @ApiPropertyOptional({
    example: '138 0013',
    description:
      'A whole number in any spelling matches that number; fewer digits match numbers containing them',
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  search?: string;

  @PageLimit(200, 50) limit?: number;
  @PageOffset() offset?: number;
}
