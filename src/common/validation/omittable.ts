import { ValidateIf } from 'class-validator';

/**
 * For "fields left out keep their value" bodies: the field may be left out, but
 * a null is a value and is validated (IsOptional lets null through, and a null
 * plan field reached the service, which failed with a 500).
 */
export function Omittable(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}
