import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseModule } from '../database/database.module.js';
import { LedgerModule } from '../ledger/index.js';
import { ReportPageController } from './report-page.controller.js';
import { ReportScheduler } from './report-scheduler.js';
import { ReportsController } from './reports.controller.js';
import { ReportPageService } from './page/report-page.service.js';
import { ReportSnapshot } from './snapshots/report-snapshot.entity.js';
import { ReportSnapshotsService } from './snapshots/report-snapshots.service.js';
import { WeeklyReportService } from './weekly-report.service.js';

/**
 * The weekly report to the carrier (issue 7): live figures (JSON, CSV, a
 * printable page) and immutable weekly snapshots. It reads other modules' facts
 * through the report read models in their index.ts: plain functions run in the
 * report's own EntityManager (one snapshot), so it imports none of their Nest
 * modules; the one exception is the consent ledger's head, read through LedgerQueries.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ReportSnapshot]), DatabaseModule, LedgerModule],
  controllers: [ReportsController, ReportPageController],
  providers: [WeeklyReportService, ReportSnapshotsService, ReportPageService, ReportScheduler],
  exports: [WeeklyReportService, ReportSnapshotsService, ReportScheduler],
})
export class ReportsModule {}
