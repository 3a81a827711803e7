import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { PeriodicJobs } from './periodic-jobs.js';
import { SchedulerLock } from './scheduler-lock.js';
import { SchedulerRun } from './scheduler-run.entity.js';
import { SqliteTransactionQueue } from './sqlite-transactions.js';
import { migrate } from './startup-lock.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config), autoLoadEntities: true }),
      // Every process applies pending migrations at start, one at a time.
      dataSourceFactory: async (options) => {
        const ds = await new DataSource(options!).initialize();
        try {
          await migrate(ds);
        } catch (err) {
          await ds.destroy();
          throw err;
        }
        return ds;
      },
    }),
    TypeOrmModule.forFeature([SchedulerRun]),
  ],
  providers: [SchedulerLock, PeriodicJobs, SqliteTransactionQueue],
  exports: [SchedulerLock, PeriodicJobs],
})
export class DatabaseModule {}
