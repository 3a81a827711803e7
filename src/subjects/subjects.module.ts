import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BlacklistModule } from '../blacklist/index.js';
import { CallsModule } from '../calls/index.js';
import { ComplaintsModule } from '../complaints/index.js';
import { LedgerModule } from '../ledger/index.js';
import { QaModule } from '../qa/index.js';
import { SubjectTrialsModule } from '../trials/index.js';
import { SubjectData } from './subject-data.js';
import { SubjectEraseService } from './subject-erase.service.js';
import { SubjectExportService } from './subject-export.service.js';
import { SubjectKeyRow } from './subject-key.entity.js';
import { SubjectKey } from './subject-key.js';
import { LegalMinimumRetention, SubjectRetention } from './subject-retention.js';
import { SubjectsController } from './subjects.controller.js';

/** PIPL rights of a data subject: export and erase, through each module's front door. */
@Module({
  imports: [
    TypeOrmModule.forFeature([SubjectKeyRow]),
    CallsModule,
    QaModule,
    SubjectTrialsModule,
    ComplaintsModule,
    BlacklistModule,
    LedgerModule,
  ],
  controllers: [SubjectsController],
  providers: [
    SubjectKey,
    SubjectData,
    SubjectExportService,
    SubjectEraseService,
    { provide: SubjectRetention, useClass: LegalMinimumRetention },
  ],
})
export class SubjectsModule {}
