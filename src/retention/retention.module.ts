import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CallsModule } from '../calls/index.js';
import { ComplaintsModule } from '../complaints/index.js';
import { DatabaseModule } from '../database/database.module.js';
import { LedgerModule } from '../ledger/index.js';
import { QaModule } from '../qa/index.js';
import { BlacklistModule } from '../blacklist/index.js';
import { TrialRetentionModule } from '../trials/index.js';
import { PurgeSources } from './purge-sources.js';
import { RetentionPoliciesController } from './retention-policies.controller.js';
import { RetentionPolicies } from './retention-policies.service.js';
import { RetentionPolicy } from './retention-policy.entity.js';
import { RetentionPurgeController } from './retention-purge.controller.js';
import { RetentionPurge } from './retention-purge.service.js';
import { RetentionScheduler } from './retention-scheduler.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([RetentionPolicy]),
    DatabaseModule,
    CallsModule,
    ComplaintsModule,
    LedgerModule,
    QaModule,
    BlacklistModule,
    TrialRetentionModule,
  ],
  controllers: [RetentionPoliciesController, RetentionPurgeController],
  providers: [RetentionPolicies, PurgeSources, RetentionPurge, RetentionScheduler],
  exports: [RetentionPolicies, RetentionPurge, RetentionScheduler],
})
export class RetentionModule {}
