import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access/decorators.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { FailedJobView, QueuesOverviewView, RetriedJobsView } from './queues-admin-view.js';
import { QueuesAdminService } from './queues-admin.service.js';

/** The queues as JSON for scripts and monitoring, admin only (people use Bull Board at /admin/queues). */
@ApiTags('admin')
@Controller()
export class QueuesAdminController {
  constructor(private readonly admin: QueuesAdminService) {}

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
