import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Length } from 'class-validator';

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
