import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AssetsController } from './assets.controller.js';
import { CsrfMiddleware } from './csrf.middleware.js';
import { PagesController } from './pages.controller.js';
import { SessionController } from './session.controller.js';

/** The web console at `/`: sign-in, pages for each role, their scripts and styles. */
@Module({
  imports: [AuthModule],
  controllers: [SessionController, PagesController, AssetsController],
})
export class ConsoleModule implements NestModule {
  /** On every route: the cookie authenticates API calls too, so the check must cover them. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsrfMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
