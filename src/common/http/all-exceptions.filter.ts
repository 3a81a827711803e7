import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { errorBody } from './error-body.js';

export { errorStatus } from './error-body.js';

/**
 * The one place an error becomes an HTTP answer: DomainErrors, Nest exceptions
 * and body-parser failures all leave as `{statusCode, code, error, message,
 * requestId}` (mapping in error-body.ts). Services never convert errors.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    const requestId = req.id ? String(req.id) : undefined;
    const { body, unexpected } = errorBody(exception, requestId);
    if (unexpected) this.logger.error({ err: exception, requestId }, 'Unhandled error');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(body.statusCode).json(body);
  }
}
