import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { errorBody } from './error-body.js';

/** What renders an error as a page (the console's filter; an interface, so common needs no console import). */
interface PageFilter {
  catch(exception: unknown, host: ArgumentsHost): void;
}

/**
 * Sends the console's error page from Express middleware outside Nest's filters
 * (the queue board's gate); the app module hands the console's one in, so no
 * lower module imports the console.
 */
export type ErrorPageSender = (exception: unknown, req: Request, res: Response) => void;

/** A browser opening an address outside /api gets a page, not JSON (supertest and fetch ask for JSON). */
export function wantsPage(req: Request): boolean {
  return !req.path.startsWith('/api') && (req.headers.accept ?? '').includes('text/html');
}

export { errorStatus } from './error-body.js';

/**
 * The one place an error becomes an HTTP answer: DomainErrors, Nest exceptions
 * and body-parser failures all leave as `{statusCode, code, error, message,
 * requestId}` (mapping in error-body.ts). Services never convert errors.
 * A page navigation (an unknown address, a bad week on the report page) is
 * handed to `pages`, the console's readable error page, when one is given.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly pages?: PageFilter) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    if (this.pages && wantsPage(req) && !res.headersSent) {
      this.pages.catch(exception, host);
      return;
    }
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
