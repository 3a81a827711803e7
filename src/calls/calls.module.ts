import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { multerLimits } from '../common/http/body-limits.js';
import { AppConfig } from '../config/app-config.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { LedgerModule } from '../ledger/index.js';
import { CallEvents } from './call-events.js';
import { CallReferenceResolverFactory } from './call-references.js';
import { Call } from './call.entity.js';
import { CallStandardResult } from './call-standard-result.entity.js';
import { CallPageController } from './call-page.controller.js';
import { CallsController } from './calls.controller.js';
import { CallPhoneSource } from './call-phone-source.js';
import { CallsService } from './calls.service.js';
import { DryRunController } from './dry-run.controller.js';
import { CheckerPool } from './checking/checker-pool.js';
import { CallImporter } from './import/call-importer.js';
import { ImportController } from './import/import.controller.js';
import { CallRecording } from './recordings/call-recording.entity.js';
import { RecordingPeaksService } from './recordings/recording-peaks.service.js';
import { RecordingStore } from './recordings/recording-store.js';
import { RecordingsController } from './recordings/recordings.controller.js';
import { RecordingsService } from './recordings/recordings.service.js';
import { TrialLookup } from './trial-lookup.js';
import { ServiceLanguagePhrases } from './service-language/service-language-phrases.js';
import { PhraseListController } from './service-language/phrase-list.controller.js';
import { PhraseListEdition } from './service-language/phrase-list.entity.js';
import { CallReviews } from './call-reviews.js';
import { CallRetention } from './call-retention.js';
import { CallSampling } from './call-sampling.js';
import { FindingDecisionRow } from './service-language/finding-decision.entity.js';
import { FindingDecisionsController } from './service-language/finding-decisions.controller.js';
import { FindingDecisions } from './service-language/finding-decisions.service.js';
import { LanguageFinding } from './service-language/language-finding.entity.js';
import { SubjectCalls } from './subject-calls.js';
import { CallReader } from './call-reader.js';
import { CallFinalVerdict } from './call-final-verdict.js';
import { CallPopulation } from './call-population.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Call,
      CallStandardResult,
      CallRecording,
      PhraseListEdition,
      LanguageFinding,
      FindingDecisionRow,
    ]),
    CatalogueModule,
    LedgerModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        limits: multerLimits(config.uploadLimitBytes, config.jsonBodyLimitBytes),
      }),
    }),
  ],
  // ImportController before CallsController so /api/calls/import is not taken for an id.
  controllers: [
    ImportController,
    CallsController,
    RecordingsController,
    DryRunController,
    CallPageController,
    PhraseListController,
    FindingDecisionsController,
  ],
  providers: [
    CallEvents,
    TrialLookup,
    CallReviews,
    CallSampling,
    CallRetention,
    CallsService,
    CallPhoneSource,
    CallImporter,
    CheckerPool,
    ServiceLanguagePhrases,
    FindingDecisions,
    CallReferenceResolverFactory,
    RecordingStore,
    RecordingsService,
    RecordingPeaksService,
    SubjectCalls,
    CallReader,
    CallFinalVerdict,
    CallPopulation,
  ],
  exports: [
    CallsService,
    CallImporter,
    CallEvents,
    TrialLookup,
    CallReviews,
    CallSampling,
    CallRetention,
    RecordingStore,
    SubjectCalls,
    CallReader,
    CallFinalVerdict,
    CallPopulation,
  ],
})
export class CallsModule {}
