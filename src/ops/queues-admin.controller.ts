import { Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../auth/decorators.js';
import { Audited } from '../common/audit/audited.decorator.js';
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
  @Roles('admin')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page() {
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
  @Roles('admin')
  overview() {
    return this.admin.overview();
  }

  @ApiOperation({ summary: 'List failed jobs of a queue' })
  @Get('api/admin/queues/:name/failed')
  @Roles('admin')
  failed(@Param('name') name: string, @Query('limit') limit?: string) {
    return this.admin.failed(name, Math.min(Math.max(Number(limit) || 50, 1), 500));
  }

  @ApiOperation({ summary: 'Retry every failed job of a queue' })
  @Post('api/admin/queues/:name/failed/retry')
  @HttpCode(200)
  @Roles('admin')
  @Audited('queue.retry_failed', 'queue', 'name')
  retryAll(@Param('name') name: string) {
    return this.admin.retry(name);
  }

  @ApiOperation({ summary: 'Retry one failed job' })
  @Post('api/admin/queues/:name/jobs/:jobId/retry')
  @HttpCode(200)
  @Roles('admin')
  @Audited('queue.retry_job', 'queue', 'jobId')
  retryOne(@Param('name') name: string, @Param('jobId') jobId: string) {
    return this.admin.retry(name, jobId);
  }
}
