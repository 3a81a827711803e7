import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, type ErrorKind } from '../errors.js';
import type { ErrorView } from './error-view.js';
import { MAX_JSON_DEPTH } from './json-depth.js';

/** The one place a DomainError's kind becomes an HTTP status. */
export const KIND_STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  unavailable: 503,
};

/** Code of the 400 every DTO, pipe and NUL check answers with. */
export const VALIDATION_FAILED = 'VALIDATION_FAILED';
export const INTERNAL = 'INTERNAL';

/** The 400 of a value that failed a DTO rule or a pipe: one message per field, each naming it. */
export function validationFailed(message: string | string[]): BadRequestException {
  return new BadRequestException({ statusCode: 400, code: VALIDATION_FAILED, message });
}

type Mapped = [status: number, code: string, message: string];

/** body-parser and multer errors reach us as plain errors carrying a `type`/`status`. */
const BODY_ERRORS: Record<string, (e: { limit?: number }) => Mapped> = {
  'entity.parse.failed': () => [400, 'MALFORMED_JSON', 'Malformed JSON in request body'],
  'entity.too.deep': () => [
    400,
    'JSON_TOO_DEEP',
    `body: JSON nested deeper than ${MAX_JSON_DEPTH} levels`,
  ],
  'entity.too.large': (e) => [
    413,
    'PAYLOAD_TOO_LARGE',
    `Request body exceeds the limit of ${e.limit} bytes`,
  ],
  'encoding.unsupported': () => [415, 'UNSUPPORTED_ENCODING', 'Unsupported body encoding'],
  'charset.unsupported': () => [415, 'UNSUPPORTED_CHARSET', 'Unsupported body charset'],
};

const MULTER_TOO_LARGE = 'file: an uploaded file exceeds UPLOAD_LIMIT_BYTES';

type Known = { status: number; code: string; message: string | string[] };

/** The 4xx (or deliberate status) an error stands for; null for an unexpected error. */
function known(exception: unknown): Known | null {
  if (exception instanceof DomainError) {
    return {
      status: KIND_STATUS[exception.kind],
      code: exception.code,
      message: exception.message,
    };
  }
  // Nest wraps body-parser errors in an HttpException; their `type` says what went wrong.
  const raw = (exception instanceof HttpException ? exception.cause : exception) as
    { type?: string; limit?: number; code?: string } | undefined;
  const mapped = raw?.type ? BODY_ERRORS[raw.type]?.(raw) : undefined;
  if (mapped) return { status: mapped[0], code: mapped[1], message: mapped[2] };
  if (raw?.code === 'LIMIT_FILE_SIZE')
    return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: MULTER_TOO_LARGE };
  if (exception instanceof HttpException) return fromHttpException(exception);
  return null;
}

/** Guards and pipes throw Nest exceptions; the code is theirs if they set one, else the status name. */
function fromHttpException(exception: HttpException): Known {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const fields = typeof response === 'string' ? {} : (response as Partial<Known>);
  const message = typeof response === 'string' ? response : (fields.message ?? exception.message);
  const code = typeof fields.code === 'string' ? fields.code : (HttpStatus[status] ?? 'ERROR');
  return { status, code, message };
}

/** The status the filter answers with, for those (the audit log, console pages) that need it. */
export function errorStatus(exception: unknown): number {
  return known(exception)?.status ?? 500;
}

/**
 * One error body shape for every failure. Bad input becomes a 4xx naming the
 * problem; anything unexpected becomes a 500 with only a request id to quote
 * (`unexpected` tells the caller to log it).
 */
export function errorBody(
  exception: unknown,
  requestId?: string,
): { body: ErrorView; unexpected: boolean } {
  const k = known(exception);
  if (k) {
    const body = {
      statusCode: k.status,
      code: k.code,
      error: statusName(k.status),
      message: k.message,
      requestId,
    };
    return { body, unexpected: false };
  }
  const body = {
    statusCode: 500,
    code: INTERNAL,
    error: 'Internal Server Error',
    message: `Unexpected error; quote request id ${requestId ?? 'n/a'} when reporting it`,
    requestId,
  };
  return { body, unexpected: true };
}

function statusName(status: number): string {
  const name = HttpStatus[status];
  return name
    ? name
        .split('_')
        .map((w) => w[0] + w.slice(1).toLowerCase())
        .join(' ')
    : 'Error';
}
