import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { READ_ROLES } from '../common/access/roles.js';
import { PhoneReveals, phoneColumn } from '../common/phone-reveal/phone-reveals.js';
import { Call } from './call.entity.js';

/** A call's number for the audited reveal, to those who may read the call (GET /api/calls/{id}). */
@Injectable()
export class CallPhoneSource implements OnModuleInit {
  constructor(
    @InjectRepository(Call) private readonly calls: Repository<Call>,
    private readonly reveals: PhoneReveals,
  ) {}

  onModuleInit(): void {
    this.reveals.register('call', {
      readers: READ_ROLES,
      find: phoneColumn(this.calls),
    });
  }
}
