import { registerDecorator, ValidationOptions } from 'class-validator';
import { IANAZone } from 'luxon';

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an IANA time zone such as Asia/Shanghai', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && IANAZone.isValidZone(value),
      },
    });
}
