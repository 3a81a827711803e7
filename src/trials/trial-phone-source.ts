import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { READ_ROLES } from '../common/access/roles.js';
import { PhoneReveals, phoneColumn } from '../common/phone-reveal/phone-reveals.js';
import { Trial } from './trial.entity.js';

/** A trial's number for the audited reveal, to those who may read trials (GET /api/trials/{id}). */
@Injectable()
export class TrialPhoneSource implements OnModuleInit {
  constructor(
    @InjectRepository(Trial) private readonly trials: Repository<Trial>,
    private readonly reveals: PhoneReveals,
  ) {}

  onModuleInit(): void {
    this.reveals.register('trial', {
      readers: [...READ_ROLES, 'agent'],
      find: phoneColumn(this.trials),
    });
  }
}
