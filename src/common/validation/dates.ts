import { DateTime } from 'luxon';
import { ValidateBy, isISO8601 } from 'class-validator';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` naming a day that exists (2026-02-30 and 2026-13-45 do not). */
export function isLocalDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    LOCAL_DATE.test(value) &&
    DateTime.fromISO(value, { zone: 'utc' }).isValid &&
    value >= '0001-01-01'
  );
}

/** A query or body date; the message names the field and the form, as every date check does. */
export function IsLocalDate(field: string): PropertyDecorator {
  return ValidateBy({
    name: 'isLocalDate',
    validator: {
      validate: isLocalDate,
      defaultMessage: () => `${field} must be a real date YYYY-MM-DD`,
    },
  });
}

/**
 * An ISO-8601 instant JavaScript can hold: class-validator's IsDateString also
 * passes week dates (0000-W01) and out-of-range years, which `new Date` turns
 * into an Invalid Date that threw when the query was built.
 */
export function IsInstant(field: string): PropertyDecorator {
  return ValidateBy({
    name: 'isInstant',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        isISO8601(value, { strict: true }) &&
        /^\d{4}-\d{2}-\d{2}/.test(value) &&
        Number.isFinite(Date.parse(value)),
      defaultMessage: () =>
        `${field} must be an ISO-8601 date or instant such as 2026-11-20T08:00:00Z`,
    },
  });
}
