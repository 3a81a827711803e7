/**
 * Domain errors carry the HTTP status they map to at the edge, so services stay
 * free of HTTP exceptions and CLIs can print the same message.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`${what} not found`, 404, 'not_found');
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(message, 409, 'conflict');
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string) {
    super(message, 400, 'invalid_input');
  }
}
