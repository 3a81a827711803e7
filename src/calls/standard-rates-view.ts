import { ApiProperty } from '@nestjs/swagger';
import { STANDARDS, type Standard } from '../compliance/index.js';
import { NULLABLE_RATE } from '../common/http/view-props.js';

/** A pass rate per standard of the registry, keyed by its id (null: nothing reviewed). */
export const StandardRatesView = class StandardRatesView {} as new () => Record<
  Standard,
  number | null
>;
export type StandardRatesView = Record<Standard, number | null>;
for (const s of STANDARDS) ApiProperty(NULLABLE_RATE)(StandardRatesView.prototype, s);
