import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BlacklistModule } from '../blacklist/blacklist.module.js';
import { CallsModule } from '../calls/index.js';
import { CallOptOutListener } from './call-opt-out.listener.js';
import { ComplaintReader } from './complaint-reader.js';
import { SubjectComplaints } from './subject-complaints.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { ComplaintQueries } from './complaint-queries.js';
import { ComplaintTransitions } from './complaint-transitions.js';
import { Complaint } from './complaint.entity.js';
import { ComplaintsController } from './complaints.controller.js';
import { ComplaintPhoneSource } from './complaint-phone-source.js';
import { ComplaintsService } from './complaints.service.js';

@Module({
  // CallsModule to read the linked call's agent (CallReader); calls stays unaware of complaints.
  imports: [TypeOrmModule.forFeature([Complaint, ComplaintEvent]), BlacklistModule, CallsModule],
  controllers: [ComplaintsController],
  providers: [
    SubjectComplaints,
    ComplaintsService,
    ComplaintPhoneSource,
    ComplaintQueries,
    ComplaintTransitions,
    ComplaintReader,
    CallOptOutListener,
  ],
  exports: [ComplaintsService, ComplaintQueries, ComplaintReader, SubjectComplaints, TypeOrmModule],
})
export class ComplaintsModule {}
