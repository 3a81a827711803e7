/**
 * The one base class of every error a caller can cause. Pure cores (trial
 * rules, complaint lifecycle, periods, scripts…) throw these directly, so no
 * service has to catch and re-wrap them: AllExceptionsFilter turns `kind` into
 * the HTTP status and puts `code` in the body. Plain TypeScript: no Nest, no
 * status numbers, and CLIs print the same message.
 */

/** What sort of refusal this is; the HTTP edge picks the status from it. */
export type ErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported_media'
  | 'unavailable';

export class DomainError extends Error {
  /**
   * @param code stable SCREAMING_SNAKE identifier clients may branch on
   *   (e.g. TRIAL_STEP_OUT_OF_ORDER); the message is for people and may change.
   */
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, code = 'NOT_FOUND') {
    super('not_found', code, `${what} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, code = 'CONFLICT') {
    super('conflict', code, message);
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string, code = 'INVALID_INPUT') {
    super('invalid', code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string, code = 'FORBIDDEN') {
    super('forbidden', code, message);
  }
}

/**
 * Runs a pure-core step whose input came from request field `field`, so its
 * DomainError names that field (the core does not know what the API calls
 * it): "text: line 3: …". Kind and code stay the core's own.
 */
export function inField<T>(field: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    throw new DomainError(err.kind, err.code, `${field}: ${err.message}`);
  }
}
