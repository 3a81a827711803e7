import { ApiProperty } from '@nestjs/swagger';
import { NULLABLE_NUMBER, NULLABLE_STRING } from './view-props.js';

/** Who did something: a user's id and name as recorded then (null id: the system). */
export class PersonRefView {
  @ApiProperty(NULLABLE_NUMBER) id!: number | null;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
}
