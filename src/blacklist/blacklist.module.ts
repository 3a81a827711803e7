import { DialListRetention } from './dial-lists/dial-list-retention.js';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { multerLimits } from '../common/http/body-limits.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config.js';
import { BlacklistEvent } from './blacklist-event.entity.js';
import { BlacklistEvents } from './blacklist-events.js';
import { BlacklistReader } from './blacklist-reader.js';
import { BlacklistNumber } from './blacklist-number.entity.js';
import { BlacklistBrowseQuery } from './blacklist-browse.query.js';
import { BlacklistCsvService } from './blacklist-csv.service.js';
import { BlacklistController } from './blacklist.controller.js';
import { BlacklistService } from './blacklist.service.js';
import { DialListRunner } from './dial-lists/dial-list-runner.js';
import { DialList } from './dial-lists/dial-list.entity.js';
import { DialListsController } from './dial-lists/dial-lists.controller.js';
import { DialListsService } from './dial-lists/dial-lists.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([BlacklistNumber, BlacklistEvent, DialList]),
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const dest = join(config.dataDir, 'dial-lists', 'uploads');
        mkdirSync(dest, { recursive: true });
        const limits = multerLimits(config.uploadLimitBytes, config.jsonBodyLimitBytes);
        // Browsers send a file's name as raw UTF-8 (十二月活动.csv); multer reads latin1 unless told.
        return { dest, limits: { ...limits, files: 1 }, defParamCharset: 'utf8' };
      },
    }),
  ],
  controllers: [BlacklistController, DialListsController],
  providers: [
    BlacklistEvents,
    BlacklistReader,
    BlacklistService,
    BlacklistCsvService,
    BlacklistBrowseQuery,
    DialListRunner,
    DialListsService,
    DialListRetention,
  ],
  exports: [BlacklistService, BlacklistEvents, BlacklistReader, DialListRunner, DialListRetention],
})
export class BlacklistModule {}
