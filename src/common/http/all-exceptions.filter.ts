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

type ErrorBody = ErrorView;

/** body-parser and multer errors reach us as plain errors carrying a `type`/`status`. */
const BODY_ERRORS: Record<string, (e: { limit?: number }) => [number, string]> = {
  'entity.parse.failed': () => [400, 'Malformed JSON in request body'],
  'entity.too.large': (e) => [413, `Request body exceeds the limit of ${e.limit} bytes`],
  'encoding.unsupported': () => [415, 'Unsupported body encoding'],
  'charset.unsupported': () => [415, 'Unsupported body charset'],
};

/** The status the filter answers with, for those (the audit log) that record it first. */
export function errorStatus(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  if (exception instanceof DomainError) return exception.status;
  return 500;
}

const MULTER_TOO_LARGE = 'file: an uploaded file exceeds UPLOAD_LIMIT_BYTES';

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
    // Nest wraps body-parser errors in an HttpException; their `type` says what went wrong.
    const raw = (exception instanceof HttpException ? exception.cause : exception) as
      { type?: string; limit?: number } | undefined;
    const mapped = raw?.type ? BODY_ERRORS[raw.type]?.(raw) : undefined;
    if (mapped)
      return { statusCode: mapped[0], error: statusName(mapped[0]), message: mapped[1], requestId };
    if ((raw as { code?: string } | undefined)?.code === 'LIMIT_FILE_SIZE')
      return { statusCode: 413, error: statusName(413), message: MULTER_TOO_LARGE, requestId };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : ((response as { message?: string | string[] }).message ?? exception.message);
      return { statusCode: status, error: statusName(status), message, requestId };
    }
    if (exception instanceof DomainError) {
      return {
        statusCode: exception.status,
        error: statusName(exception.status),
        message: exception.message,
        requestId,
      };
    }
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
