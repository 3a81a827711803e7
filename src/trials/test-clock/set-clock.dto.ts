import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsISO8601, Matches, ValidateIf } from 'class-validator';

export class SetTestClockDto {
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2026-12-20T00:00:01+08:00',
    description: "The instant the trials' clock stands still at; null returns to real time",
  })
  @IsDefined({ message: 'now must be an ISO-8601 timestamp with offset, or null' })
  @ValidateIf((dto: SetTestClockDto) => dto.now !== null)
  @IsISO8601(
    { strict: true },
    { message: 'now must be an ISO-8601 timestamp with offset, or null' },
  )
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/, { message: 'now must carry a time zone offset' })
  now: string | null;
}

export class TestClockView {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The pinned instant, or null (real time)',
  })
  pinned: string | null;

  @ApiProperty({ description: "What the trials' clock reads now" })
  now: string;
}
