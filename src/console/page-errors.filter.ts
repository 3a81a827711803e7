import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthedRequest } from '../common/access/principal.js';
import { errorStatus } from '../common/http/error-body.js';
import { ROLE_LABELS } from './nav.js';
import { setPageHeaders } from './page-response.js';
import { errorPage } from './views/error-page.js';

/**
 * For console pages only (the API keeps its JSON errors): a visitor without a
 * session is sent to sign in and comes back afterwards; a refused role or a
 * bad address gets a readable page instead of JSON.
 */
@Catch()
export class PageErrorsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendErrorPage(exception, http.getRequest<AuthedRequest>(), http.getResponse<Response>());
  }
}

const logger = new Logger('ConsolePages');

/** Also for Express middleware outside Nest's filters (the queue board's gate). */
export function sendErrorPage(exception: unknown, req: AuthedRequest, res: Response): void {
  const status = errorStatus(exception);
  if (status === 401) {
    res.redirect(303, `/?next=${encodeURIComponent(req.originalUrl)}`);
    return;
  }
  if (status >= 500) logger.error({ err: exception }, 'Console page failed');
  const user = req.principal;
  const message =
    status === 403
      ? `您的角色${user ? `（${ROLE_LABELS[user.role]}）` : ''}不能打开此页面。`
      : status === 400 || status === 404
        ? '地址有误，或者要找的内容不存在。'
        : '页面暂时无法显示，请稍后重试。';
  setPageHeaders(res);
  res.status(status).send(errorPage(status, message, user));
}
