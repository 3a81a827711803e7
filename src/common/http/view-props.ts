/**
 * @ApiProperty options shared by the view classes: the document says what
 * JSON carries (a Date goes out as an ISO string, null stays null).
 */
export const DATE_TIME = { type: String, format: 'date-time' } as const;
export const NULLABLE_DATE_TIME = { type: String, format: 'date-time', nullable: true } as const;
export const NULLABLE_STRING = { type: String, nullable: true } as const;
export const NULLABLE_NUMBER = { type: Number, nullable: true } as const;
/** A rate 0..1, or null when there was nothing to divide by. */
export const NULLABLE_RATE = { type: Number, nullable: true, minimum: 0, maximum: 1 } as const;
/** A free-form JSON object (audit details, a queued job's data). */
export const ANY_OBJECT = { type: 'object', additionalProperties: true } as const;

export const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
