import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { SchedulerLock } from './scheduler-lock.js';
import { SchedulerRun } from './scheduler-run.entity.js';
import { SqliteTransactionQueue } from './sqlite-transactions.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config), autoLoadEntities: true }),
    }),
    TypeOrmModule.forFeature([SchedulerRun]),
  ],
  providers: [SchedulerLock, SqliteTransactionQueue],
  exports: [SchedulerLock],
})
export class DatabaseModule {}
