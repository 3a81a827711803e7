import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** A tier's id in a path; an id that is not a row is a 404. */
export class TierParams {
  @ApiProperty({ example: 'daily' })
  @Matches(/^[a-z][a-z0-9_]{1,31}$/, { message: 'tier must be a tier id such as daily' })
  tier: string;
}

/** A call tier's id in a body or query (the tier must also be a row: the service checks). */
export function IsTierId(): PropertyDecorator {
  return Matches(/^[a-z][a-z0-9_]{1,7}$/, { message: 'tier must be a call tier id such as daily' });
}
