import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CallSampling } from '../../calls/index.js';
import { SampleItem } from '../sampling/sample-item.entity.js';
import { Review } from './review.entity.js';

/** Tells calls which of its calls QA drew or reviewed (their recordings keep the longer clock). */
@Injectable()
export class SampledCalls implements OnModuleInit {
  constructor(
    private readonly sampling: CallSampling,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.sampling.register((ids) => this.of(ids));
  }

  async of(callIds: number[]): Promise<Set<number>> {
    if (callIds.length === 0) return new Set();
    const where = { callId: In(callIds) };
    const [drawn, reviewed] = await Promise.all([
      this.db.getRepository(SampleItem).find({ select: { callId: true }, where }),
      this.db.getRepository(Review).find({ select: { callId: true }, where }),
    ]);
    return new Set([...drawn, ...reviewed].map((r) => r.callId));
  }
}
