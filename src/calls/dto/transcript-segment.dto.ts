import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, MaxLength, Min } from 'class-validator';

export class TranscriptSegmentDto {
  @ApiProperty({ enum: ['agent', 'customer'] })
  @IsIn(['agent', 'customer'], { message: 'speaker must be one of: agent, customer' })
  speaker: 'agent' | 'customer';

  @ApiProperty() @IsInt() @Min(0) startMs: number;
  @ApiProperty() @IsInt() @Min(0) endMs: number;
  @ApiProperty() @IsString() @MaxLength(5_000) text: string;
}
