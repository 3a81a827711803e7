import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { BOARD_ROUTE, QueueBoard } from './queue-board.js';
import { QueuesAdminController } from './queues-admin.controller.js';
import { QueuesAdminService } from './queues-admin.service.js';

/**
 * Operations: Bull Board at /admin/queues and the JSON queue API under
 * /api/admin/queues (QueueRegistry and RedisMonitor come from CommonModule).
 */
@Module({
  imports: [AuthModule],
  controllers: [QueuesAdminController],
  providers: [QueuesAdminService, QueueBoard],
})
export class OpsModule implements NestModule {
  constructor(private readonly board: QueueBoard) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(...this.board.handlers()).forRoutes(BOARD_ROUTE);
  }
}
