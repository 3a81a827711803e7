import { BullModule } from '@nestjs/bullmq';
import { LedgerModule } from '../ledger/index.js';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BlacklistModule } from '../blacklist/index.js';
import { CatalogueModule } from '../catalogue/index.js';
import { CallsModule } from '../calls/calls.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { Clock } from './clock.js';
import { ConfirmationsController } from './confirmations.controller.js';
import { DialerWebhook } from './delivery/dialer-webhook.handler.js';
import { DueConfirmations } from './delivery/due-confirmations.service.js';
import { OutboxDelivery } from './delivery/outbox-delivery.handler.js';
import { TrialListeners } from './integration/trial-listeners.js';
import { TrialsHealth } from './integration/trials-health.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { AfterCommit } from './persistence/after-commit.js';
import { TrialEffects } from './persistence/trial-effects.js';
import { TrialOpener } from './transitions/trial-opener.js';
import { TrialTransactions } from './persistence/trial-transactions.js';
import { TrialWriter } from './persistence/trial-writer.js';
import { ConfirmationQueue } from './jobs/confirmation-queue.js';
import { ConfirmationsProcessor } from './queue/confirmations.processor.js';
import { JobHandlers } from './queue/job-handlers.js';
import { CONFIRMATIONS_QUEUE } from './jobs/job-names.js';
import { CONFIRMATION_JOB_OPTIONS } from './jobs/queue-options.js';
import { ReconcileSchedule } from './queue/reconcile-schedule.js';
import { PendingJobsReconciler } from './queue/reconciler.js';
import { TrialGate } from './trial-gate.entity.js';
import { TrialPhoneSource } from './trial-phone-source.js';
import { TrialQueries } from './trial-queries.service.js';
import { TrialStep } from './trial-step.entity.js';
import { Trial } from './trial.entity.js';
import { TestClockController } from './test-clock/test-clock.controller.js';
import { TrialsController } from './trials.controller.js';
import { TrialJobs } from './transitions/trial-jobs.service.js';
import { TrialOutcomes } from './transitions/trial-outcomes.service.js';
import { TrialTransitions } from './transitions/trial-transitions.service.js';

/**
 * Trials and confirmation calls on BullMQ (issue 5). Every role can open
 * trials and enqueue their jobs; only worker roles (`all`, `worker`) run the
 * processor and the periodic reconciler.
 */
@Module({})
export class TrialsModule {
  /** `testClock` (TEST_CLOCK=on, tests only) adds the route that pins the trials' clock. */
  static forRoot(options: { workers: boolean; testClock: boolean }): DynamicModule {
    return {
      module: TrialsModule,
      imports: [
        TypeOrmModule.forFeature([Trial, TrialStep, TrialGate, OutboxEvent]),
        BullModule.registerQueue({
          name: CONFIRMATIONS_QUEUE,
          defaultJobOptions: CONFIRMATION_JOB_OPTIONS,
          // Nothing reads the event stream (no QueueEvents); keep it short.
          streams: { events: { maxLen: 1_000 } },
        }),
        CallsModule,
        LedgerModule,
        BlacklistModule,
        CatalogueModule,
        DatabaseModule,
      ],
      controllers: [
        TrialsController,
        ConfirmationsController,
        ...(options.testClock ? [TestClockController] : []),
      ],
      providers: [
        Clock,
        ConfirmationQueue,
        AfterCommit,
        TrialTransactions,
        TrialEffects,
        TrialWriter,
        TrialTransitions,
        TrialOpener,
        TrialOutcomes,
        TrialJobs,
        TrialQueries,
        TrialPhoneSource,
        DueConfirmations,
        DialerWebhook,
        OutboxDelivery,
        JobHandlers,
        PendingJobsReconciler,
        TrialListeners,
        TrialsHealth,
        ...(options.workers ? [ConfirmationsProcessor, ReconcileSchedule] : []),
      ],
      exports: [
        Clock,
        TrialOpener,
        TrialJobs,
        JobHandlers,
        PendingJobsReconciler,
        ConfirmationQueue,
      ],
    };
  }
}
