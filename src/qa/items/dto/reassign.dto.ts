import { ApiProperty } from '@nestjs/swagger';
import { IsRowId } from '../../../common/validation/row-id.js';

export class ReassignDto {
  @ApiProperty({ example: 12 })
  @IsRowId('userId')
  userId: number;
}
