import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PhoneReveals, phoneColumn } from '../common/phone-reveal/phone-reveals.js';
import { Complaint } from './complaint.entity.js';
import { COMPLAINT_READERS } from './complaint-roles.js';

/** A complaint's number for the audited reveal, to those who may read complaints. */
@Injectable()
export class ComplaintPhoneSource implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reveals: PhoneReveals,
  ) {}

  onModuleInit(): void {
    this.reveals.register('complaint', {
      readers: COMPLAINT_READERS,
      find: phoneColumn(this.db.getRepository(Complaint)),
    });
  }
}
