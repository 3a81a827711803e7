import { Module } from '@nestjs/common';
import { QueuesAdminController } from './queues-admin.controller.js';
import { QueuesAdminService } from './queues-admin.service.js';

/** Operations: the queue view at /admin/queues (QueueRegistry and RedisMonitor come from CommonModule). */
@Module({
  controllers: [QueuesAdminController],
  providers: [QueuesAdminService],
})
export class OpsModule {}
