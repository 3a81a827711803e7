import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AssetsController } from './assets.controller.js';
import { PagesController } from './pages.controller.js';
import { SessionController } from './session.controller.js';

/** The web console at `/`: sign-in, pages for each role, their scripts and styles. */
@Module({
  imports: [AuthModule],
  controllers: [SessionController, PagesController, AssetsController],
})
export class ConsoleModule {}
