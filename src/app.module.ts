import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { ConnectionOptions } from 'bullmq';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { LoggerModule } from 'nestjs-pino';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { BlacklistModule } from './blacklist/blacklist.module.js';
import { CallsModule } from './calls/calls.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { PhoneVisibilityInterceptor } from './common/access/phone-visibility.interceptor.js';
import { AuditInterceptor } from './common/audit/audit.interceptor.js';
import { CommonModule } from './common/common.module.js';
import { AllExceptionsFilter } from './common/http/all-exceptions.filter.js';
import { createValidationPipe } from './common/http/validation.pipe.js';
import { loggerOptions } from './common/logging/logger.options.js';
import { redisOptions } from './common/redis/redis-options.js';
import { ComplaintsModule } from './complaints/complaints.module.js';
import { PageErrorsFilter, sendErrorPage } from './console/page-errors.filter.js';
import { ConsoleModule } from './console/console.module.js';
import { AppConfig } from './config/app-config.js';
import { AppConfigModule, type ConfigSource } from './config/config.module.js';
import { validateEnvironment } from './config/environment.js';
import { DatabaseModule } from './database/database.module.js';
import { LedgerModule } from './ledger/index.js';
import { OpsModule } from './ops/ops.module.js';
import { QaModule } from './qa/qa.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { SubjectsModule } from './subjects/index.js';
import { RetentionModule } from './retention/index.js';
import { TrialsModule } from './trials/trials.module.js';

/**
 * The process role decides what is wired in: `api` serves HTTP only, `worker`
 * runs queue processors and schedulers only, `all` (default) does both.
 */
@Module({})
export class AppModule {
  static forRoot(source: ConfigSource): DynamicModule {
    const env = validateEnvironment(source.env);
    const runsWorkers = !source.cli && env.APP_ROLE !== 'api';
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(source),
        LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
        DatabaseModule,
        BullModule.forRootAsync({
          inject: [AppConfig],
          // BullMQ's option type is looser than ioredis's; the values are the same.
          useFactory: (config: AppConfig) => ({
            connection: redisOptions(config.redisUrl) as ConnectionOptions,
          }),
        }),
        ...(runsWorkers ? [ScheduleModule.forRoot()] : []),
        CommonModule,
        AuthModule,
        CatalogueModule,
        LedgerModule,
        CallsModule,
        BlacklistModule,
        ComplaintsModule,
        QaModule,
        TrialsModule.forRoot({
          workers: runsWorkers,
          testClock: !source.cli && env.TEST_CLOCK === 'on',
        }),
        OpsModule.register({ errorPage: sendErrorPage }),
        ReportsModule,
        SubjectsModule,
        RetentionModule,
        ConsoleModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // Browsers get the console's error page; API clients the JSON body.
        { provide: APP_FILTER, useFactory: () => new AllExceptionsFilter(new PageErrorsFilter()) },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        // Masks every phone field for the roles that do not see full numbers.
        { provide: APP_INTERCEPTOR, useClass: PhoneVisibilityInterceptor },
      ],
    };
  }
}
