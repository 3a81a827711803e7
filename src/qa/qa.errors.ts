import { DomainError } from '../common/errors.js';

/** A rule of the QA workflow, not of the route's roles, forbids this (e.g. reviewing one's own call). */
export class QaForbiddenError extends DomainError {
  constructor(message: string) {
    super('forbidden', 'QA_FORBIDDEN', message);
  }
}
