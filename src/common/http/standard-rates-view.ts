import { ApiProperty } from '@nestjs/swagger';
import { NULLABLE_RATE } from './view-props.js';

/** A pass rate per standard of the four (null: nothing reviewed). */
export class StandardRatesView {
  @ApiProperty(NULLABLE_RATE) identity!: number | null;
  @ApiProperty(NULLABLE_RATE) comprehension!: number | null;
  @ApiProperty(NULLABLE_RATE) script!: number | null;
  @ApiProperty(NULLABLE_RATE) consent!: number | null;
}
