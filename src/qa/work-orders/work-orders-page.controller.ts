import { Controller, Get, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { AppConfig } from '../../config/app-config.js';
import { PAGES } from '../../console/nav.js';
import { PageErrorsFilter } from '../../console/page-errors.filter.js';
import { setPageHeaders } from '../../console/page-response.js';
import { currentWeeks } from '../../console/views/weeks.js';
import { workOrdersPage } from '../../console/views/work-orders-page.js';
import { WORK_ORDER_CRITERIA, WORK_ORDER_CRITERION_NAMES } from '../domain/index.js';

/**
 * The console's work-order QA page lives in qa, like the call page in calls:
 * the checklist (合格工单界定标准) is qa's, and the console sits below it. The
 * page is a frame; its script reads and writes through /api/qa/work-orders.
 */
@ApiExcludeController()
@Controller('console/work-orders')
@UseFilters(PageErrorsFilter)
export class WorkOrdersPageController {
  constructor(private readonly config: AppConfig) {}

  @ApiOperation({ summary: 'Console work-order QA page (HTML)' })
  @Get()
  @Roles(...PAGES.workOrders.roles)
  page(@CurrentUser() user: Principal, @Res({ passthrough: true }) res: Response): string {
    setPageHeaders(res);
    const ctx = { user, timeZone: this.config.timeZone, ...currentWeeks(this.config.timeZone) };
    const criteria = WORK_ORDER_CRITERIA.map((key) => ({
      key,
      name: WORK_ORDER_CRITERION_NAMES[key],
    }));
    return workOrdersPage(ctx, criteria);
  }
}
