import { LedgerRetention } from './ledger-retention.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/index.js';
import { LedgerEntry, LedgerHeadRow } from './ledger-entry.entity.js';
import { LedgerController } from './ledger.controller.js';
import { LedgerQueries } from './ledger-queries.js';
import { LedgerService } from './ledger.service.js';
import { LedgerVerifier } from './ledger-verifier.js';
import { LedgerWriter } from './ledger-writer.js';
import { RecordingFiles } from './recording-files.js';
import { SubjectLedger } from './subject-ledger.js';
import { SubscriberProof } from './subscriber-proof.js';

@Module({
  imports: [TypeOrmModule.forFeature([LedgerEntry, LedgerHeadRow]), CatalogueModule],
  controllers: [LedgerController],
  providers: [
    LedgerRetention,
    LedgerWriter,
    LedgerService,
    LedgerQueries,
    LedgerVerifier,
    RecordingFiles,
    SubscriberProof,
    SubjectLedger,
  ],
  exports: [
    LedgerService,
    LedgerQueries,
    LedgerVerifier,
    RecordingFiles,
    SubscriberProof,
    SubjectLedger,
    LedgerRetention,
  ],
})
export class LedgerModule {}
