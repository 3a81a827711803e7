import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../common/access/decorators.js';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { AppConfig } from '../config/app-config.js';
import { PAGES } from './nav.js';
import { PageErrorsFilter } from './page-errors.filter.js';
import { setPageHeaders } from './page-response.js';
import { blacklistPage } from './views/blacklist-page.js';
import { calibrationPage } from './views/calibration-page.js';
import { dashboardPage } from './views/dashboard-page.js';
import { dialListsPage } from './views/dial-lists-page.js';
import type { PageContext } from './views/layout.js';
import { overturnPage } from './views/overturn-page.js';
import { queuePage } from './views/queue-page.js';
import { reviewPage } from './views/review-page.js';
import { currentWeeks } from './views/weeks.js';

/**
 * The console's pages: server-rendered frames whose scripts fetch the data
 * from the public API with the session cookie, so the console can do nothing
 * the API would not let the same user do.
 */
@ApiExcludeController()
@Controller('console')
@UseFilters(PageErrorsFilter)
export class PagesController {
  constructor(private readonly config: AppConfig) {}

  @ApiOperation({ summary: 'Console dashboard page (HTML)' })
  @Get()
  @Roles(...PAGES.dashboard.roles)
  dashboard(@CurrentUser() user: Principal, @Res({ passthrough: true }) res: Response) {
    return this.send(res, dashboardPage(this.context(user)));
  }

  @ApiOperation({ summary: 'Console review queue page (HTML)' })
  @Get('queue')
  @Roles(...PAGES.queue.roles)
  queue(@CurrentUser() user: Principal, @Res({ passthrough: true }) res: Response) {
    return this.send(res, queuePage(this.context(user)));
  }

  /** Without an id the page opens the oldest item of the caller's queue. */
  @ApiOperation({ summary: 'Open the first review item (redirect)' })
  @Get('review')
  @Roles(...PAGES.review.roles)
  firstItem(@CurrentUser() user: Principal, @Res({ passthrough: true }) res: Response) {
    return this.send(res, reviewPage(this.context(user), null));
  }

  @ApiOperation({ summary: 'Console review page (HTML)' })
  @Get('review/:itemId')
  @Roles(...PAGES.review.roles)
  review(
    @Param('itemId', ParseIdPipe) itemId: number,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send(res, reviewPage(this.context(user), itemId));
  }

  @ApiOperation({ summary: 'Console calibration page (HTML)' })
  @Get('calibration')
  @Roles(...PAGES.calibration.roles)
  calibration(@CurrentUser() user: Principal, @Res({ passthrough: true }) res: Response) {
    return this.send(res, calibrationPage(this.context(user)));
  }

  @ApiOperation({ summary: 'Console overturn page (HTML)' })
  @Get('overturn')
  @Roles(...PAGES.overturn.roles)
  overturn(@CurrentUser() user: Principal, @Res({ passthrough: true }) res: Response) {
    return this.send(res, overturnPage(this.context(user)));
  }

  @ApiOperation({ summary: 'Console blacklist page (HTML)' })
  @Get('blacklist')
  @Roles(...PAGES.blacklist.roles)
  blacklist(@CurrentUser() user: Principal, @Res({ passthrough: true }) res: Response) {
    return this.send(res, blacklistPage(this.context(user)));
  }

  @ApiOperation({ summary: 'Console dial lists page (HTML)' })
  @Get('dial-lists')
  @Roles(...PAGES.dialLists.roles)
  dialLists(@CurrentUser() user: Principal, @Res({ passthrough: true }) res: Response) {
    return this.send(res, dialListsPage(this.context(user)));
  }

  private context(user: Principal): PageContext {
    return { user, timeZone: this.config.timeZone, ...currentWeeks(this.config.timeZone) };
  }

  private send(res: Response, page: string): string {
    setPageHeaders(res);
    return page;
  }
}
