import { registerDecorator, ValidationOptions } from 'class-validator';

interface TestOnlyContext {
  APP_ROLE?: string;
  NODE_ENV?: string;
}

/**
 * A switch that must only ever be `on` in a test run: refused under
 * NODE_ENV=production (the Docker image sets it), and outside APP_ROLE=all,
 * because what it changes lives in one process's memory and a split
 * api/worker deployment would run on two different clocks.
 */
export function IsTestOnly(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTestOnly',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message:
          '$property=on is for tests only: it needs APP_ROLE=all and is refused with NODE_ENV=production',
        ...options,
      },
      validator: {
        validate: (value: unknown, args) => {
          if (value === 'off') return true;
          const env = args?.object as TestOnlyContext;
          return value === 'on' && env.APP_ROLE === 'all' && env.NODE_ENV !== 'production';
        },
      },
    });
}
