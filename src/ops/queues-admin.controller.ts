import { Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiNonJsonResponse, TEXT } from '../common/http/non-json-body.js';
import { Roles } from '../auth/decorators.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { FailedJobView, QueuesOverviewView, RetriedJobsView } from './queues-admin-view.js';
import { QueuesAdminService } from './queues-admin.service.js';
import { queuesPage } from './queues-page.js';

/** Operators' view of the BullMQ queues, admin only. */
@ApiTags('admin')
@Controller()
export class QueuesAdminController {
  constructor(private readonly admin: QueuesAdminService) {}

  /** HTML for a browser (bearer token or the console's session cookie). */
  @ApiOperation({ summary: 'Queue dashboard page (HTML)' })
  @Get('admin/queues')
  @ApiNonJsonResponse(200, 'The dashboard', { 'text/html': TEXT })
  @Roles('admin')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(): Promise<string> {
    const { redis, queues } = await this.admin.overview();
    const withFailed = await Promise.all(
      queues.map(async (q) => ({
        name: q.name,
        counts: q.counts,
        failed: q.counts === 'unavailable' ? [] : await this.admin.failed(q.name, 50),
      })),
    );
    return queuesPage({ redis, queues: withFailed });
  }

  @ApiOperation({ summary: 'Job counts of every queue' })
  @Get('api/admin/queues')
  @ApiOkResponse({ type: QueuesOverviewView })
  @Roles('admin')
  overview(): Promise<QueuesOverviewView> {
    return this.admin.overview();
  }

  @ApiOperation({ summary: 'List failed jobs of a queue' })
  @Get('api/admin/queues/:name/failed')
  @ApiOkResponse({ type: [FailedJobView], description: 'Newest first' })
  @Roles('admin')
  failed(@Param('name') name: string, @Query('limit') limit?: string): Promise<FailedJobView[]> {
    return this.admin.failed(name, Math.min(Math.max(Number(limit) || 50, 1), 500));
  }

  @ApiOperation({ summary: 'Retry every failed job of a queue' })
  @Post('api/admin/queues/:name/failed/retry')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: RetriedJobsView })
  @Audited('queue.retry_failed', 'queue', 'name')
  retryAll(@Param('name') name: string): Promise<RetriedJobsView> {
    return this.admin.retry(name);
  }

  @ApiOperation({ summary: 'Retry one failed job' })
  @Post('api/admin/queues/:name/jobs/:jobId/retry')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: RetriedJobsView })
  @Audited('queue.retry_job', 'queue', 'jobId')
  retryOne(@Param('name') name: string, @Param('jobId') jobId: string): Promise<RetriedJobsView> {
    return this.admin.retry(name, jobId);
  }
}
