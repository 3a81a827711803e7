import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../common/access/decorators.js';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { AppConfig } from '../config/app-config.js';
import { PAGES } from '../console/nav.js';
import { PageErrorsFilter } from '../console/page-errors.filter.js';
import { setPageHeaders } from '../console/page-response.js';
import { callPage } from '../console/views/call-page.js';
import { errorPage } from '../console/views/error-page.js';
import { currentWeeks } from '../console/views/weeks.js';
import { CallsService } from './calls.service.js';

/** What an id or externalId can look like (CreateCallDto's rule); anything else names no call. */
const CALL_REF = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The console's call page lives here, not in the console module, because it
 * must know whether the call exists (a 404 page in Chinese otherwise) and the
 * console sits below calls. Like every console page it is a frame; its script
 * reads the call, reviews, trial and call-backs from the API with the
 * viewer's own rights.
 */
@ApiExcludeController()
@Controller('console/calls')
@UseFilters(PageErrorsFilter)
export class CallPageController {
  constructor(
    private readonly calls: CallsService,
    private readonly config: AppConfig,
  ) {}

  @ApiOperation({ summary: 'Console call page, by id or externalId (HTML)' })
  @Get(':ref')
  @Roles(...PAGES.call.roles)
  async page(
    @Param('ref') ref: string,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    setPageHeaders(res);
    const call = CALL_REF.test(ref) ? await this.calls.findByRef(ref) : null;
    if (!call) {
      res.status(404);
      return errorPage(404, `找不到通话“${ref.slice(0, 64)}”：请核对通话编号或外部编号。`, user);
    }
    const ctx = { user, timeZone: this.config.timeZone, ...currentWeeks(this.config.timeZone) };
    return callPage(ctx, call.id);
  }
}
