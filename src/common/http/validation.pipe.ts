import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { validationFailed } from './error-body.js';
import { nulFieldIn } from './storable-text.js';

/** Flattens nested errors into "transcript.0.speaker must be one of …" messages. */
function messages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) =>
      m.startsWith(e.property) ? path + m.slice(e.property.length) : `${path}: ${m}`,
    );
    return [...own, ...messages(e.children ?? [], path)];
  });
}

/**
 * A ValidationPipe that validates DTO classes but never converts a primitive
 * route or query value. Nest's own pipe turns "1" into 1 when the emitted
 * design:paramtypes says Number — and what tsc emits for a type alias
 * (`step: StepNumber`) or a `number` parameter differs between tsc and
 * ts-jest's isolatedModules. Passing the raw string on means ParseIdPipe and
 * ParseStepPipe see exactly what the client sent ("0x10", "1e3", " 1"), so
 * their checks hold whatever metadata the compiler wrote.
 */
class RawPrimitivesValidationPipe extends ValidationPipe {
  /** Every bound body, query and path value passes here first: the one NUL check. */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const field = nulFieldIn(value, metadata.data ?? '');
      if (field !== null)
        throw validationFailed([`${field || metadata.type} must not contain NUL characters`]);
    }
    return super.transform(value, metadata);
  }

  protected override transformPrimitive(value: unknown, _metadata: ArgumentMetadata): unknown {
    return value;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RawPrimitivesValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(messages(errors)),
  });
}
