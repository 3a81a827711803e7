import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { WorkOrderItem } from './work-order-item.entity.js';

/** Complaints whose work-order review is contested and undecided: a dispute, so a legal hold. */
@Injectable()
export class ContestedWorkOrders {
  constructor(@InjectRepository(WorkOrderItem) private readonly items: Repository<WorkOrderItem>) {}

  async complaintIds(): Promise<number[]> {
    const rows = await this.items.find({
      select: { complaintId: true },
      where: { status: 'contested' },
    });
    return [...new Set(rows.map((r) => r.complaintId))];
  }
}
