import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/index.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/index.js';
import { CallsModule } from '../calls/index.js';
import { ComplaintsModule } from '../complaints/index.js';
import { DatabaseModule } from '../database/database.module.js';
import { RunAuditController } from './audit/run-audit.controller.js';
import { CalibrationController } from './calibration/calibration.controller.js';
import { CalibrationService } from './calibration/calibration.service.js';
import { ItemsController } from './items/items.controller.js';
import { QueueService } from './items/queue.service.js';
import { PlansController } from './plans/plans.controller.js';
import { PlansService } from './plans/plans.service.js';
import { QaPlan } from './plans/qa-plan.entity.js';
import { QaTransactions } from './qa-transactions.js';
import { RecheckStint } from './rechecks/recheck-stint.entity.js';
import { RechecksController } from './rechecks/rechecks.controller.js';
import { RechecksService } from './rechecks/rechecks.service.js';
import { RemedialTask } from './remedial/remedial-task.entity.js';
import { RemedialController } from './remedial/remedial.controller.js';
import { RemedialService } from './remedial/remedial.service.js';
import { OverturnService } from './reviews/overturn.service.js';
import { Penalty } from './reviews/penalty.entity.js';
import { ReviewConsequences } from './reviews/review-consequences.js';
import { ReviewQueries } from './reviews/review-queries.js';
import { ReviewsOnCalls } from './reviews/reviews-on-calls.js';
import { Review } from './reviews/review.entity.js';
import { ReviewsController } from './reviews/reviews.controller.js';
import { ReviewsService } from './reviews/reviews.service.js';
import { SamplingScheduler } from './schedule/sampling-scheduler.js';
import { PopulationLoader } from './sampling/population-loader.js';
import { ReviewerPool } from './sampling/reviewer-pool.js';
import { RunAuditService } from './audit/run-audit.service.js';
import { RunQueries } from './sampling/run-queries.js';
import { RunWriter } from './sampling/run-writer.js';
import { SampleItem } from './sampling/sample-item.entity.js';
import { SampledCalls } from './reviews/sampled-calls.js';
import { SamplingController } from './sampling/sampling.controller.js';
import { SamplingRun } from './sampling/sampling-run.entity.js';
import { SamplingService } from './sampling/sampling.service.js';
import { QaTier } from './tiers/qa-tier.entity.js';
import { TiersController } from './tiers/tiers.controller.js';
import { TiersService } from './tiers/tiers.service.js';
import { WorkOrderAssignment } from './work-orders/work-order-assignment.js';
import { WorkOrderDrawService } from './work-orders/work-order-draw.service.js';
import { WorkOrderItem } from './work-orders/work-order-item.entity.js';
import { ContestedWorkOrders } from './work-orders/contested-work-orders.js';
import { WorkOrderReviewsService } from './work-orders/work-order-reviews.service.js';
import { WorkOrderRun } from './work-orders/work-order-run.entity.js';
import { WorkOrderScheduler } from './work-orders/work-order-scheduler.js';
import { WorkOrdersController } from './work-orders/work-orders.controller.js';
import { WorkOrdersPageController } from './work-orders/work-orders-page.controller.js';
import { SubjectQa } from './subject-qa.js';

/**
 * QA sampling and review (issue 4): plans, draws, queues, reviews and their
 * consequences (call verdict, call-back, penalty, re-check), calibration.
 * Work-order QA (issue 17) draws closed complaints through ComplaintReader.
 * Calls are read through calls' CallReader, CallPopulation and CallConditions, and
 * their verdicts written through CallFinalVerdict; reviewers come from auth's
 * ReviewerDirectory. QA holds neither module's entities.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      QaPlan,
      SamplingRun,
      SampleItem,
      Review,
      RecheckStint,
      RemedialTask,
      Penalty,
      QaTier,
      WorkOrderRun,
      WorkOrderItem,
    ]),
    AuthModule,
    CallsModule,
    ComplaintsModule,
    LedgerModule,
    DatabaseModule,
  ],
  controllers: [
    PlansController,
    SamplingController,
    RunAuditController,
    ItemsController,
    ReviewsController,
    RechecksController,
    RemedialController,
    CalibrationController,
    TiersController,
    WorkOrdersController,
    WorkOrdersPageController,
  ],
  providers: [
    SubjectQa,
    QaTransactions,
    PlansService,
    RechecksService,
    PopulationLoader,
    ReviewerPool,
    RunQueries,
    RunAuditService,
    RunWriter,
    SamplingService,
    SamplingScheduler,
    QueueService,
    RemedialService,
    ReviewConsequences,
    ReviewsService,
    OverturnService,
    ReviewQueries,
    ReviewsOnCalls,
    SampledCalls,
    ContestedWorkOrders,
    CalibrationService,
    TiersService,
    WorkOrderAssignment,
    WorkOrderDrawService,
    WorkOrderReviewsService,
    WorkOrderScheduler,
  ],
  exports: [SamplingService, SamplingScheduler, RunQueries, SubjectQa, ContestedWorkOrders],
})
export class QaModule {}
