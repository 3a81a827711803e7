import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class SubjectExportQuery {
  @ApiPropertyOptional({
    enum: ['json', 'zip'],
    description: 'zip: the JSON document (subject.json) and every recording file, streamed',
  })
  @IsOptional()
  @IsIn(['json', 'zip'], { message: 'format must be json or zip' })
  format?: 'json' | 'zip';
}

export class SubjectEraseDto {
  @ApiProperty({ description: 'Why (the request, its reference): kept in the audit log' })
  @IsString({ message: 'reason must be a string' })
  @IsNotEmpty({ message: 'reason must not be empty' })
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason!: string;
}
