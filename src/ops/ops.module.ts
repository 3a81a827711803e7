import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import type { ErrorPageSender } from '../common/http/all-exceptions.filter.js';
import { BOARD_ROUTE, ERROR_PAGE, QueueBoard } from './queue-board.js';
import { QueuesAdminController } from './queues-admin.controller.js';
import { QueuesAdminService } from './queues-admin.service.js';

/**
 * Operations: Bull Board at /admin/queues and the JSON queue API under
 * /api/admin/queues (QueueRegistry and RedisMonitor come from CommonModule).
 * Refusals a browser sees are the console's error page, passed in by the app
 * module as the exception filter's is, so ops does not import the console.
 */
@Module({})
export class OpsModule implements NestModule {
  constructor(private readonly board: QueueBoard) {}

  static register(options: { errorPage: ErrorPageSender }): DynamicModule {
    return {
      module: OpsModule,
      imports: [AuthModule],
      controllers: [QueuesAdminController],
      providers: [
        QueuesAdminService,
        QueueBoard,
        { provide: ERROR_PAGE, useValue: options.errorPage },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(...this.board.handlers()).forRoutes(BOARD_ROUTE);
  }
}
