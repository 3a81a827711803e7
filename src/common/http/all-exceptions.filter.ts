import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../errors.js';
import type { ErrorView } from './error-view.js';
import { MAX_JSON_DEPTH } from './json-depth.js';

type ErrorBody = ErrorView;

/** body-parser and multer errors reach us as plain errors carrying a `type`/`status`. */
const BODY_ERRORS: Record<string, (e: { limit?: number }) => [number, string]> = {
  'entity.parse.failed': () => [400, 'Malformed JSON in request body'],
  'entity.too.deep': () => [400, `body: JSON nested deeper than ${MAX_JSON_DEPTH} levels`],
  'entity.too.large': (e) => [413, `Request body exceeds the limit of ${e.limit} bytes`],
  'encoding.unsupported': () => [415, 'Unsupported body encoding'],
  'charset.unsupported': () => [415, 'Unsupported body charset'],
};

const MULTER_TOO_LARGE = 'file: an uploaded file exceeds UPLOAD_LIMIT_BYTES';

type Known = { status: number; message: string | string[] };

/** The 4xx (or deliberate status) an error stands for; null for an unexpected error. */
function known(exception: unknown): Known | null {
  // Nest wraps body-parser errors in an HttpException; their `type` says what went wrong.
  const raw = (exception instanceof HttpException ? exception.cause : exception) as
    { type?: string; limit?: number; code?: string } | undefined;
  const mapped = raw?.type ? BODY_ERRORS[raw.type]?.(raw) : undefined;
  if (mapped) return { status: mapped[0], message: mapped[1] };
  if (raw?.code === 'LIMIT_FILE_SIZE') return { status: 413, message: MULTER_TOO_LARGE };
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : ((response as { message?: string | string[] }).message ?? exception.message);
    return { status: exception.getStatus(), message };
  }
  if (exception instanceof DomainError) {
    return { status: exception.status, message: exception.message };
  }
  return null;
}

/** The status the filter answers with, for those (the audit log) that record it first. */
export function errorStatus(exception: unknown): number {
  return known(exception)?.status ?? 500;
}

/**
 * One error body shape for every failure. Bad input becomes a 4xx naming the
 * problem; anything unexpected becomes a 500 with only a request id to quote.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    const body = this.toBody(exception, req.id ? String(req.id) : undefined);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, requestId?: string): ErrorBody {
    const k = known(exception);
    if (k)
      return { statusCode: k.status, error: statusName(k.status), message: k.message, requestId };
    this.logger.error({ err: exception, requestId }, 'Unhandled error');
    return {
      statusCode: 500,
      error: 'Internal Server Error',
      message: `Unexpected error; quote request id ${requestId ?? 'n/a'} when reporting it`,
      requestId,
    };
  }
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
