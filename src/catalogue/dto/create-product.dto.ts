import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { CODE_MESSAGE, CODE_PATTERN } from './create-agent.dto.js';

export class CreateProductDto {
  @ApiProperty({ example: 'MUSIC10' })
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code: string;

  @ApiProperty({ example: '咪咕音乐白金会员' })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiProperty({ example: 1000, description: 'Monthly fee in cents (分)' })
  @IsInt()
  @Min(0)
  @Max(100_000_00)
  monthlyFeeCents: number;

  @ApiProperty({ example: 30, nullable: true, type: Number, description: 'null = no trial' })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(366)
  trialDays: number | null;

  @ApiProperty({ example: '编辑短信TD发送到10658888，或拨打10086' })
  @IsString()
  @Length(1, 255)
  cancelMethod: string;
}
