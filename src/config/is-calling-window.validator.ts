import { registerDecorator, ValidationOptions } from 'class-validator';
import { parseCallingWindow } from './calling-window.js';

/** `HH:mm-HH:mm`, start before end, e.g. `09:00-20:00` (the hours customers may be called). */
export function IsCallingWindow(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCallingWindow',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: '$property must be HH:mm-HH:mm with the start before the end, e.g. 09:00-20:00',
        ...options,
      },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          try {
            parseCallingWindow(value);
            return true;
          } catch {
            return false;
          }
        },
      },
    });
}
